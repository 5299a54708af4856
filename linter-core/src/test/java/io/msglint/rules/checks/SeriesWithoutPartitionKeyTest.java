package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML016 series-without-partition-key: fires where {@code fixtures/ml016} marks it, and nowhere else. */
class SeriesWithoutPartitionKeyTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new SeriesWithoutPartitionKey());
    }
}
