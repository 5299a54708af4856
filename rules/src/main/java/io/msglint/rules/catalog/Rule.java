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

    default RuleInfo info() {
        return RuleInfo.of(getClass());
    }
}
