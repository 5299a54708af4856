package io.msglint.core;

import io.msglint.core.inventory.Site;
import java.nio.file.Path;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scan found, sorted as the report contract says.
 *
 * @param sites   every place where a payload enters or leaves Azure messaging, judged or not
 * @param anchors the line-free place of each finding's location (see {@link #anchorOf})
 * @param origin  what was scanned, for reports that say so
 * @param suppressed findings the code suppresses: in reports with their reasons, never in the exit code
 * @param heldBack   findings another finding makes redundant, in no report while that one stands
 */
public record ScanResult(List<Finding> findings, List<Diagnostic> diagnostics, Stats stats, List<Site> sites,
                         Map<SourceLocation, Anchor> anchors, Origin origin, List<SuppressedFinding> suppressed,
                         List<Finding> heldBack) {

    /**
     * What was scanned.
     *
     * @param base   the folder report paths start from, when known
     * @param module the scanned folder, from the base, without a trailing {@code src/main/java}: empty
     *               for the base itself or when not known
     */
    public record Origin(Optional<Path> base, String module) {

        public static final Origin UNKNOWN = new Origin(Optional.empty(), "");

        /** The origin of a scan of these paths from this base. */
        public static Origin of(Path base, List<Path> paths) {
            Path absoluteBase = base.toAbsolutePath().normalize();
            Path scanned = BaseDirs.deepestCommonFolder(paths);
            if (scanned.endsWith(Path.of("src", "main", "java")) && scanned.getNameCount() >= 3) {
                scanned = scanned.getParent().getParent().getParent();
            }
            String module = scanned == null || !scanned.startsWith(absoluteBase) ? ""
                    : BaseDirs.relative(absoluteBase, scanned);
            return new Origin(Optional.of(absoluteBase), module);
        }
    }

    public ScanResult {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        sites = List.copyOf(sites);
        anchors = Map.copyOf(anchors);
        suppressed = List.copyOf(suppressed);
        heldBack = List.copyOf(heldBack);
    }

    /** A result that lists no sites (a report of findings alone). */
    public ScanResult(List<Finding> findings, List<Diagnostic> diagnostics, Stats stats) {
        this(findings, diagnostics, stats, List.of(), Map.of(), Origin.UNKNOWN, List.of(), List.of());
    }

    /** Where a finding sits, beyond its line: {@link Anchor#NONE} when the scan did not say. */
    public Anchor anchorOf(Finding finding) {
        return anchors.getOrDefault(finding.location(), Anchor.NONE);
    }

    /** The same result with other findings and diagnostics, none held back (what a baseline leaves). */
    public ScanResult with(List<Finding> newFindings, List<Diagnostic> newDiagnostics) {
        return new ScanResult(newFindings, newDiagnostics, stats, sites, anchors, origin, suppressed, List.of());
    }

    /** The anchors of these findings' locations, out of all a scan knows. */
    public static Map<SourceLocation, Anchor> anchorsOf(List<Finding> findings, Map<SourceLocation, Anchor> known) {
        Map<SourceLocation, Anchor> kept = new HashMap<>();
        for (Finding finding : findings) {
            Anchor anchor = known.get(finding.location());
            if (anchor != null) {
                kept.put(finding.location(), anchor);
            }
        }
        return kept;
    }

    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
