package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML009 stream-on-event-grid: fires where {@code fixtures/ml009} marks it, and nowhere else. */
class StreamOnEventGridTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new StreamOnEventGrid());
    }
}
