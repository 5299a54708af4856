package io.msglint.rules.catalog;

import io.msglint.rules.model.Severity;

/**
 * A rule's metadata.
 *
 * @param id              stable, such as {@code "ML001"}
 * @param name            kebab-case, such as {@code "message-on-event-channel"}
 * @param defaultSeverity the level of its findings unless the configuration says otherwise
 * @param summary         one line: what the rule finds
 */
public record RuleInfo(String id, String name, Severity defaultSeverity, String summary) {

    /** Where the rule's page lives on the classpath. */
    public String docResource() {
        return "io/msglint/rules/docs/" + id + ".md";
    }
}
