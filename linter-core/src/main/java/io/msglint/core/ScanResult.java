package io.msglint.core;

import io.msglint.core.inventory.Site;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.util.List;

/**
 * What a scan found, sorted as the report contract says.
 *
 * @param sites every place where a payload enters or leaves Azure messaging, judged or not
 */
public record ScanResult(List<Finding> findings, List<Diagnostic> diagnostics, Stats stats, List<Site> sites) {

    public ScanResult {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        sites = List.copyOf(sites);
    }

    /** A result that lists no sites (a report of findings alone). */
    public ScanResult(List<Finding> findings, List<Diagnostic> diagnostics, Stats stats) {
        this(findings, diagnostics, stats, List.of());
    }


    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
