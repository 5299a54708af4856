package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML012 handler-kind-mismatch: fires where {@code fixtures/ml012} marks it, and nowhere else. */
class HandlerKindMismatchTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new HandlerKindMismatch());
    }
}
