package io.msglint.core;

import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.util.List;

/** What a scan found, sorted as the report contract says. */
public record ScanResult(List<Finding> findings, List<Diagnostic> diagnostics, Stats stats) {

    public ScanResult {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }

    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
