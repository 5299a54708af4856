package io.msglint.core;

import io.msglint.core.inventory.Site;
import io.msglint.core.source.IndexedFile;
import io.msglint.rules.model.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a scan read only for what they define (its context paths, not under its own paths):
 * their own findings, sites and notes belong to another scan and are left out of this one's.
 */
final class ContextFiles {

    private final Set<String> reportPaths;

    private ContextFiles(Set<String> reportPaths) {
        this.reportPaths = reportPaths;
    }

    static ContextFiles of(ScanRequest request, List<IndexedFile> files) {
        Set<String> context = new HashSet<>();
        for (IndexedFile file : files) {
            if (under(file.path(), request.contextPaths()) && !under(file.path(), request.paths())) {
                context.add(file.reportPath());
            }
        }
        return new ContextFiles(context);
    }

    ScanResult leftOut(ScanResult result) {
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (!reportPaths.contains(finding.location().file())) {
                findings.add(finding);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (!reportPaths.contains(diagnostic.file())) {
                diagnostics.add(diagnostic);
            }
        }
        List<Site> sites = new ArrayList<>();
        for (Site site : result.sites()) {
            if (!reportPaths.contains(site.location().file())) {
                sites.add(site);
            }
        }
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (SuppressedFinding finding : result.suppressed()) {
            if (!reportPaths.contains(finding.finding().location().file())) {
                suppressed.add(finding);
            }
        }
        List<Finding> heldBack = new ArrayList<>();
        for (Finding finding : result.heldBack()) {
            if (!reportPaths.contains(finding.location().file())) {
                heldBack.add(finding);
            }
        }
        return new ScanResult(findings, diagnostics, result.stats(), sites, result.anchors(), result.origin(), suppressed,
                heldBack);
    }

    private static boolean under(Path file, List<Path> roots) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path root : roots) {
            if (absolute.startsWith(root.toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }
}
