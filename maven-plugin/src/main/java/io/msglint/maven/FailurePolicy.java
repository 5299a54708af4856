package io.msglint.maven;

import io.msglint.core.ScanResult;
import io.msglint.rules.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When findings fail the build, in maven-pmd-plugin's words: a severity threshold
 * ({@code failOn}), {@code failOnViolation}, and {@code maxAllowedViolations} findings at or
 * above the threshold that are still tolerated.
 *
 * @param threshold empty for {@code never}
 */
record FailurePolicy(Optional<Severity> threshold, boolean failOnViolation, int maxAllowedViolations) {

    /** @throws IllegalArgumentException naming the parameter that is wrong */
    static FailurePolicy of(String failOn, boolean failOnViolation, int maxAllowedViolations) {
        String level = failOn.trim().toLowerCase(Locale.ROOT);
        if (!List.of("error", "warning", "info", "never").contains(level)) {
            throw new IllegalArgumentException("msglint.failOn must be error, warning, info or never, not '" + failOn + "'");
        }
        if (maxAllowedViolations < 0) {
            throw new IllegalArgumentException("msglint.maxAllowedViolations must be 0 or more, not " + maxAllowedViolations);
        }
        Optional<Severity> threshold = level.equals("never") ? Optional.empty() : Optional.of(Severity.parse(level));
        return new FailurePolicy(threshold, failOnViolation, maxAllowedViolations);
    }

    /** Findings at or above the threshold: the ones that count against the build. */
    long counted(ScanResult result) {
        return threshold.map(result::countAtLeast).orElse(0L);
    }

    /** Why the build fails, if it does. */
    Optional<String> failure(ScanResult result) {
        long counted = counted(result);
        if (!failOnViolation || counted <= maxAllowedViolations) {
            return Optional.empty();
        }
        String level = threshold.map(Severity::reportName).orElse("never");
        return Optional.of(counted + " finding" + (counted == 1 ? "" : "s") + " at or above " + level
                + (maxAllowedViolations > 0 ? " (at most " + maxAllowedViolations + " allowed)" : ""));
    }
}
