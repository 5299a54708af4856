package io.msglint.rules.catalog;

import io.msglint.rules.model.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, in one place: the rule list of the command line, the SARIF rule table, the
 * rule pages' headers and the README table are all produced from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {

    /** Stable id, such as {@code "ML001"}. */
    String id();

    /** Kebab-case name, such as {@code "message-on-event-channel"}. */
    String name();

    Severity severity();

    /** One line: what the rule finds. */
    String summary();
}
