package io.msglint.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.config.Config;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.Tiers;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** ML005: fires where {@code fixtures/ml005} marks it, and nowhere else; names the Basic tier's lack of sessions. */
class OrderingWithoutFifoTest {

    private static final OrderingWithoutFifo RULE = new OrderingWithoutFifo();

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(RULE);
    }

    @Test
    void basicTierIsNamedWhereItLacksTheFeature() {
        Config basic = new Config(Map.of(), ConfiguredKinds.NONE,
                new Tiers(Tiers.ServiceBus.BASIC, Tiers.EventHubs.BASIC, OptionalInt.empty()));

        assertThat(new Msglint().scan(Fixtures.request(Fixtures.folderOf(RULE)).withConfig(basic)).findings())
                .filteredOn(f -> f.ruleId().equals("ML005") && f.severity() == Severity.WARNING)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("Basic tier has no sessions"));
    }
}
