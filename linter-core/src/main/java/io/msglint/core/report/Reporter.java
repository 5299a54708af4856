package io.msglint.core.report;

import io.msglint.core.ScanResult;

/** Formats a scan result. Reporters format; they never decide. */
public interface Reporter {

    String format(ScanResult result);

    static Reporter named(String format) {
        return switch (format) {
            case "text" -> new TextReporter();
            case "json" -> new JsonReporter();
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; use text or json");
        };
    }
}
