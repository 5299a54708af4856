package io.msglint.core.report;

import io.msglint.core.ScanResult;
import java.util.List;

/** Formats a scan result. Reporters format; they never decide. */
public interface Reporter {

    String format(ScanResult result);

    /** The formats {@link #named} knows. */
    List<String> FORMATS = List.of("text", "json", "sarif", "html");

    /** The formats {@link #sites} knows. */
    List<String> SITES_FORMATS = List.of("text", "json");

    static Reporter named(String format) {
        return switch (format) {
            case "text" -> new TextReporter();
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter();
            case "html" -> new HtmlReporter();
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; use text, json, sarif or html");
        };
    }

    /** A reporter of the sites inventory. */
    static Reporter sites(String format) {
        return switch (format) {
            case "text" -> new SitesTextReporter();
            case "json" -> new SitesJsonReporter();
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; use text or json");
        };
    }
}
