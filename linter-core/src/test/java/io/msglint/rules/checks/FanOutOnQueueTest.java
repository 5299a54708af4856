package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML004 fan-out-on-queue: fires where {@code fixtures/ml004} marks it, and nowhere else. */
class FanOutOnQueueTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new FanOutOnQueue());
    }
}
