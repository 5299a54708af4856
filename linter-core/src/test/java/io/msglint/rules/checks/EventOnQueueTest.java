package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML003 event-on-queue: fires where {@code fixtures/ml003} marks it, and nowhere else. */
class EventOnQueueTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new EventOnQueue());
    }
}
