package io.msglint.rules.catalog;

import io.msglint.rules.model.Severity;

/** A rule's metadata as a value, read from its {@link RuleDefinition}. */
public record RuleInfo(String id, String name, Severity defaultSeverity, String summary) {

    /** Where the rule's page lives on the classpath. */
    public String docResource() {
        return "io/msglint/rules/docs/" + id + ".md";
    }

    static RuleInfo of(Class<?> ruleClass) {
        RuleDefinition definition = ruleClass.getAnnotation(RuleDefinition.class);
        if (definition == null) {
            throw new IllegalStateException(ruleClass.getName() + " lacks @RuleDefinition");
        }
        return new RuleInfo(definition.id(), definition.name(), definition.severity(), definition.summary());
    }
}
