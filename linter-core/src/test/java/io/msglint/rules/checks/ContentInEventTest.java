package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML002 content-in-event: fires where {@code fixtures/ml002} marks it, and nowhere else. */
class ContentInEventTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new ContentInEvent());
    }
}
