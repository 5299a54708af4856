package io.msglint.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.config.Config;
import io.msglint.rules.model.Tiers;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** ML008 payload-too-large: fires where {@code fixtures/ml008} marks it, and nowhere else; limits follow the tier. */
class PayloadTooLargeTest {

    private static final PayloadTooLarge RULE = new PayloadTooLarge();

    @Test
    void firesOnTheMarkedLinesAndNotOnTheNearMisses() {
        Fixtures.assertRuleFixture(RULE);
    }

    @Test
    void premiumServiceBusAcceptsWhatStandardRejects() {
        Config premium = new Config(Map.of(), ConfiguredKinds.NONE,
                new Tiers(Tiers.ServiceBus.PREMIUM, Tiers.EventHubs.STANDARD, OptionalInt.empty()));

        assertThat(messages(Config.DEFAULT)).anySatisfy(m -> assertThat(m).contains("BigUpload").contains("256 KB"));
        assertThat(messages(premium)).isNotEmpty().noneSatisfy(m -> assertThat(m).contains("BigUpload"));
    }

    private static List<String> messages(Config config) {
        return new Msglint().scan(Fixtures.request(Fixtures.folderOf(RULE)).withConfig(config)).findings().stream()
                .filter(f -> f.ruleId().equals("ML008")).map(f -> f.location().line() + " " + f.message()).toList();
    }
}
