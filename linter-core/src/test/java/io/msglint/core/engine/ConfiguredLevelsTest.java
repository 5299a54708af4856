package io.msglint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.config.Config;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.Tiers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Configured levels change severities within bounds: never an inferred finding above WARNING. */
class ConfiguredLevelsTest {

    @Test
    void raisedLevelsNeverLiftInferredFindingsAboveWarning() {
        Config loud = new Config(Map.of("ML001", Optional.of(Severity.ERROR), "ML003", Optional.of(Severity.ERROR)),
                ConfiguredKinds.NONE, Tiers.DEFAULT);

        List<Finding> findings = new Msglint().scan(Fixtures.request(Fixtures.folder("ml001"), Fixtures.folder("ml003"))
                .withConfig(loud)).findings();

        assertThat(findings).filteredOn(Finding::restsOnInference).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.ERROR));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("ML003") && !f.restsOnInference()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void inferredFindingsNeverExceedWarningByDefault() {
        List<Finding> findings = Fixtures.scan(Fixtures.ROOT).findings();

        assertThat(findings).filteredOn(Finding::restsOnInference).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity().isAtLeast(Severity.ERROR)).as(f.toString()).isFalse());
    }

    @Test
    void ruleSwitchedOffReportsNothing() {
        Config off = new Config(Map.of("ML001", Optional.empty()), ConfiguredKinds.NONE, Tiers.DEFAULT);

        assertThat(Fixtures.scan(Fixtures.folder("ml001")).findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("ML001"));
        assertThat(new Msglint().scan(Fixtures.request(Fixtures.folder("ml001")).withConfig(off)).findings())
                .noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("ML001"));
    }
}
