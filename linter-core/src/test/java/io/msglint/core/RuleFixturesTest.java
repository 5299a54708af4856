package io.msglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule fires exactly on the marked lines of its fixtures and nowhere else. */
class RuleFixturesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ml001", "ml002", "ml003", "ml004", "ml005", "ml006", "ml007", "ml008", "ml009", "ml010",
            "ml011", "ml012", "ml013", "ml014", "ml015", "ml016", "functions", "spring", "suppress"})
    void findingsMatchTheMarkers(String fixture) {
        Path folder = Fixtures.ROOT.resolve(fixture);
        ScanResult result = Fixtures.scan(folder);
        List<String> expected = Fixtures.expected(folder);

        assertThat(Fixtures.actual(result, expected)).containsExactlyElementsOf(expected);
        assertThat(result.diagnostics()).as("diagnostics").allSatisfy(d -> assertThat(d.message()).doesNotContain("could not be resolved"));
    }

    @Test
    void skippingIrrelevantCodeChangesNothing() {
        ScanRequest request = ScanRequest.of(java.util.List.of(Fixtures.ROOT, Path.of("src/test/uncompiled")),
                Fixtures.classpath()).withBaseDir(Path.of("src/test"));

        ScanResult filtered = new Msglint().scan(request);
        ScanResult full = new Msglint().scan(request.withSkipIrrelevantBodies(false));

        assertThat(filtered.findings()).isEqualTo(full.findings()).hasSizeGreaterThan(50);
        assertThat(filtered.diagnostics()).isEqualTo(full.diagnostics());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml001", "ml002", "ml003", "ml007", "ml009", "ml013"})
    void inferredFindingsNeverExceedWarning(String fixture) {
        ScanResult result = Fixtures.scan(Fixtures.ROOT.resolve(fixture));

        assertThat(result.findings()).filteredOn(Finding::restsOnInference)
                .allSatisfy(f -> assertThat(f.severity().isAtLeast(Severity.ERROR)).isFalse());
    }
}
