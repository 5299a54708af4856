package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML011 polling-storage-queue: fires where {@code fixtures/ml011} marks it, and nowhere else. */
class PollingStorageQueueTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new PollingStorageQueue());
    }
}
