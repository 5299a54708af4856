package io.msglint.rules.catalog;

import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import java.util.List;

/** One check over the facts of a codebase. Rules decide; they never parse. */
public interface Rule {

    /** The findings on these facts, in any order (the engine sorts them). Plain loops: see docs/performance.md. */
    List<Finding> check(Facts facts);

    /**
     * Its metadata, as a constant in the rule's class: the rule list of the command line, the
     * SARIF rule table, the rule pages' headers and the README table are all produced from it.
     */
    RuleInfo info();
}
