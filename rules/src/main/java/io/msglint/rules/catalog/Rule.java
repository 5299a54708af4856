package io.msglint.rules.catalog;

import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import java.util.stream.Stream;

/** One check over the facts of a codebase. Rules decide; they never parse. */
public interface Rule {

    Stream<Finding> check(Facts facts);

    default RuleInfo info() {
        return RuleInfo.of(getClass());
    }
}
