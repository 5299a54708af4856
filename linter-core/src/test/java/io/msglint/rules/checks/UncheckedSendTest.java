package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML015 unchecked-send: fires where {@code fixtures/ml015} marks it, and nowhere else. */
class UncheckedSendTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new UncheckedSend());
    }
}
