package io.msglint.rules.checks;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** ML007 delivery-guarantee-mismatch: fires where {@code fixtures/ml007} marks it, and nowhere else. */
class DeliveryGuaranteeMismatchTest {

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(new DeliveryGuaranteeMismatch());
    }
}
