package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML010 discrete-event-on-event-hubs: fires where {@code fixtures/ml010} marks it, and nowhere else. */
class DiscreteEventOnEventHubsTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new DiscreteEventOnEventHubs());
    }
}
