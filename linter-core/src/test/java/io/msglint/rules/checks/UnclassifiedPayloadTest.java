package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML013 unclassified-payload: fires where {@code fixtures/ml013} marks it, and nowhere else. */
class UnclassifiedPayloadTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new UnclassifiedPayload());
    }
}
