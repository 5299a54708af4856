package io.msglint.rules.catalog;

import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import java.util.List;

/** One check over the facts of a codebase. Rules decide; they never parse. */
public interface Rule {

    /*
     * Rules are plain loops, not streams: on a warm run each rule runs once in a fresh JVM, where
     * linking a lambda's call site costs more than the check itself (0.2 ms each, 80 of them).
     */
    List<Finding> check(Facts facts);

    /**
     * Its metadata, as a constant in the rule's class: the rule list of the command line, the
     * SARIF rule table, the rule pages' headers and the README table are all produced from it.
     * (A constant rather than an annotation: reading annotations makes the JVM generate a proxy
     * class, which cost every run of the command line 20 ms.)
     */
    RuleInfo info();
}
