package io.msglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.config.Config;
import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.Tiers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Configuration reaches the rules: tiers change limits, levels change severities within bounds. */
class TiersAndLevelsTest {

    private static final Path SIZES = Fixtures.ROOT.resolve("ml008");

    private static List<String> ml008(Config config) {
        ScanRequest request = ScanRequest.of(List.of(SIZES), Fixtures.classpath()).withBaseDir(Fixtures.ROOT).withConfig(config);
        return new Msglint().scan(request).findings().stream().filter(f -> f.ruleId().equals("ML008"))
                .map(f -> f.location().line() + " " + f.message()).toList();
    }

    @Test
    void premiumServiceBusAcceptsWhatStandardRejects() {
        Config premium = new Config(Map.of(), ConfiguredKinds.NONE,
                new Tiers(Tiers.ServiceBus.PREMIUM, Tiers.EventHubs.STANDARD, OptionalInt.empty()));

        assertThat(ml008(Config.DEFAULT)).anySatisfy(m -> assertThat(m).contains("BigUpload").contains("256 KB"));
        assertThat(ml008(premium)).noneSatisfy(m -> assertThat(m).contains("BigUpload"));
    }

    @Test
    void basicTierIsNamedWhereItLacksTheFeature() {
        Config basic = new Config(Map.of(), ConfiguredKinds.NONE,
                new Tiers(Tiers.ServiceBus.BASIC, Tiers.EventHubs.BASIC, OptionalInt.empty()));
        ScanRequest request = ScanRequest.of(List.of(Fixtures.ROOT.resolve("ml005")), Fixtures.classpath()).withConfig(basic);

        assertThat(new Msglint().scan(request).findings()).filteredOn(f -> f.severity() == Severity.WARNING)
                .allSatisfy(f -> assertThat(f.message()).contains("Basic tier has no sessions"));
    }

    @Test
    void raisedLevelsNeverLiftInferredFindingsAboveWarning() {
        Config loud = new Config(Map.of("ML001", Optional.of(Severity.ERROR), "ML003", Optional.of(Severity.ERROR)),
                ConfiguredKinds.NONE, Tiers.DEFAULT);
        ScanRequest request = ScanRequest.of(List.of(Fixtures.ROOT.resolve("ml001"), Fixtures.ROOT.resolve("ml003")),
                Fixtures.classpath()).withConfig(loud);

        List<Finding> findings = new Msglint().scan(request).findings();

        assertThat(findings).filteredOn(Finding::restsOnInference).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.ERROR));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("ML003") && !f.restsOnInference())
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}
