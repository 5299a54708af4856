package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML001 message-on-event-channel: fires where {@code fixtures/ml001} marks it, and nowhere else. */
class MessageOnEventChannelTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new MessageOnEventChannel());
    }
}
