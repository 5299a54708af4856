package io.msglint.core;

import io.msglint.rules.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The level at which findings fail a run, as the command line and the Maven plugin both take it:
 * error, warning or info, or never.
 *
 * @param level empty for never
 */
public record FailOn(Optional<Severity> level) {

    /** The accepted values, most severe first. */
    public static final List<String> VALUES = List.of("error", "warning", "info", "never");
    /** The accepted values, for messages. */
    public static final String CHOICES = "error, warning, info or never";

    public static Optional<FailOn> parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("never")) {
            return Optional.of(new FailOn(Optional.empty()));
        }
        for (Severity severity : Severity.values()) {
            if (severity.reportName().equals(value)) {
                return Optional.of(new FailOn(Optional.of(severity)));
            }
        }
        return Optional.empty();
    }

    /** The findings at or above the level: the ones that fail the run. */
    public long counted(ScanResult result) {
        return level.map(result::countAtLeast).orElse(0L);
    }

    /** Whether a finding of this severity counts against the run. */
    public boolean counts(Severity severity) {
        return level.map(severity::isAtLeast).orElse(false);
    }

    public String label() {
        return level.map(Severity::reportName).orElse("never");
    }
}
