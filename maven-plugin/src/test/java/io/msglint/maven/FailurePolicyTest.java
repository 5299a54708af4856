package io.msglint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.msglint.core.ScanResult;
import io.msglint.core.Stats;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three knobs maven-pmd-plugin users expect: failOn, failOnViolation, maxAllowedViolations. */
class FailurePolicyTest {

    private static final ScanResult TWO_ERRORS_ONE_WARNING = new ScanResult(List.of(
            finding(Severity.ERROR, 1), finding(Severity.ERROR, 2), finding(Severity.WARNING, 3)),
            List.of(), new Stats(1, 1, 0, 0, 0, 0, false));

    private static Finding finding(Severity severity, int line) {
        return new Finding("ML001", severity, new SourceLocation("A.java", line, 1), "message", Optional.empty(),
                Optional.empty(), List.of(), Channel.EVENT_GRID, Optional.empty(), false);
    }

    @Test
    void findingsAtOrAboveTheThresholdFailTheBuild() {
        assertThat(FailurePolicy.of("error", true, 0).failure(TWO_ERRORS_ONE_WARNING)).contains("2 findings at or above error");
        assertThat(FailurePolicy.of("WARNING", true, 0).failure(TWO_ERRORS_ONE_WARNING)).contains("3 findings at or above warning");
        assertThat(FailurePolicy.of("never", true, 0).failure(TWO_ERRORS_ONE_WARNING)).isEmpty();
    }

    @Test
    void upToMaxAllowedViolationsAreTolerated() {
        assertThat(FailurePolicy.of("error", true, 2).failure(TWO_ERRORS_ONE_WARNING)).isEmpty();
        assertThat(FailurePolicy.of("warning", true, 2).failure(TWO_ERRORS_ONE_WARNING))
                .contains("3 findings at or above warning (at most 2 allowed)");
    }

    @Test
    void failOnViolationOffOnlyReports() {
        FailurePolicy reportOnly = FailurePolicy.of("info", false, 0);

        assertThat(reportOnly.failure(TWO_ERRORS_ONE_WARNING)).isEmpty();
        assertThat(reportOnly.counted(TWO_ERRORS_ONE_WARNING)).isEqualTo(3);
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> FailurePolicy.of("sometimes", true, 0)).hasMessageContaining("msglint.failOn");
        assertThatThrownBy(() -> FailurePolicy.of("error", true, -1)).hasMessageContaining("msglint.maxAllowedViolations");
    }
}
