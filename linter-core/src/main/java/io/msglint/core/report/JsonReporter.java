package io.msglint.core.report;

import io.msglint.core.Diagnostic;
import io.msglint.core.Msglint;
import io.msglint.core.ScanResult;
import io.msglint.core.SuppressedFinding;
import io.msglint.rules.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON report of the contract: tool, version, findings, the findings the code suppresses
 * (each with its {@code justification}), diagnostics, stats.
 */
public final class JsonReporter implements Reporter {

    @Override
    public String format(ScanResult result) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"tool\": \"msglint\",\n  \"version\": ").append(Json.string(Msglint.version())).append(",\n");
        out.append("  \"findings\": [");
        List<String> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            findings.add(finding(f));
        }
        out.append(findings.isEmpty() ? "" : "\n" + String.join(",\n", findings) + "\n  ").append("],\n");
        out.append("  \"suppressed\": [");
        List<String> suppressed = new ArrayList<>();
        for (SuppressedFinding s : result.suppressed()) {
            String f = finding(s.finding());
            suppressed.add(f.substring(0, f.length() - 2) + ", \"justification\": " + Json.string(s.justification()) + " }");
        }
        out.append(suppressed.isEmpty() ? "" : "\n" + String.join(",\n", suppressed) + "\n  ").append("],\n");
        out.append("  \"diagnostics\": [");
        List<String> diagnostics = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            diagnostics.add("    { \"file\": " + Json.string(d.file()) + ", \"message\": " + Json.string(d.message()) + " }");
        }
        out.append(diagnostics.isEmpty() ? "" : "\n" + String.join(",\n", diagnostics) + "\n  ").append("],\n");
        out.append("  \"stats\": { \"filesScanned\": ").append(result.stats().filesScanned())
                .append(", \"filesParsed\": ").append(result.stats().filesParsed())
                .append(", \"millis\": ").append(result.stats().millis())
                .append(", \"readMillis\": ").append(result.stats().readMillis())
                .append(", \"analysisMillis\": ").append(result.stats().analysisMillis())
                .append(", \"resolveMillis\": ").append(result.stats().resolveMillis()).append(" }\n}\n");
        return out.toString();
    }

    private static String finding(Finding f) {
        StringBuilder out = new StringBuilder("    { ");
        out.append("\"ruleId\": ").append(Json.string(f.ruleId()));
        out.append(", \"severity\": ").append(Json.string(f.severity().reportName()));
        out.append(", \"file\": ").append(Json.string(f.location().file()));
        out.append(", \"line\": ").append(f.location().line());
        out.append(", \"column\": ").append(f.location().column());
        out.append(", \"message\": ").append(Json.string(f.message()));
        f.payload().ifPresent(p -> out.append(", \"payload\": ").append(Json.string(p)));
        f.kindSource().ifPresent(k -> out.append(", \"kindSource\": ").append(Json.string(k.reportName())));
        out.append(", \"evidence\": [")
                .append(f.evidence().stream().map(Json::string).collect(Collectors.joining(", "))).append("]");
        out.append(", \"channel\": ").append(Json.string(f.channel().name()));
        f.entity().ifPresent(e -> out.append(", \"entity\": ").append(Json.string(e)));
        if (!f.path().isEmpty()) {
            out.append(", \"path\": ").append(JsonPaths.path(f.path()));
        }
        return out.append(" }").toString();
    }
}
