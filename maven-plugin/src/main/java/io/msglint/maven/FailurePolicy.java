package io.msglint.maven;

import io.msglint.core.FailOn;
import io.msglint.core.ScanResult;
import io.msglint.rules.model.Severity;
import java.util.Optional;

/**
 * When findings fail the build, in maven-pmd-plugin's words: a severity threshold
 * ({@code failOn}), {@code failOnViolation}, and {@code maxAllowedViolations} findings at or
 * above the threshold that are still tolerated.
 */
record FailurePolicy(FailOn failOn, boolean failOnViolation, int maxAllowedViolations) {

    /** @throws IllegalArgumentException naming the parameter that is wrong */
    static FailurePolicy of(String failOn, boolean failOnViolation, int maxAllowedViolations) {
        FailOn level = FailOn.parse(failOn).orElseThrow(() -> new IllegalArgumentException(
                "msglint.failOn must be " + FailOn.CHOICES + ", not '" + failOn + "'"));
        if (maxAllowedViolations < 0) {
            throw new IllegalArgumentException("msglint.maxAllowedViolations must be 0 or more, not " + maxAllowedViolations);
        }
        return new FailurePolicy(level, failOnViolation, maxAllowedViolations);
    }

    /** Findings at or above the threshold: the ones that count against the build. */
    long counted(ScanResult result) {
        return failOn.counted(result);
    }

    /**
     * Whether findings of a severity can fail the build: at or above the threshold, with
     * {@code failOnViolation} on. (Within {@code maxAllowedViolations} they do not, but each may
     * be the one too many.)
     */
    boolean failsWith(Severity severity) {
        return failOnViolation && failOn.counts(severity);
    }

    /** Why the build fails, if it does. */
    Optional<String> failure(ScanResult result) {
        long counted = counted(result);
        if (!failOnViolation || counted <= maxAllowedViolations) {
            return Optional.empty();
        }
        return Optional.of(counted + " finding" + (counted == 1 ? "" : "s") + " at or above " + failOn.label()
                + (maxAllowedViolations > 0 ? " (at most " + maxAllowedViolations + " allowed)" : ""));
    }
}
