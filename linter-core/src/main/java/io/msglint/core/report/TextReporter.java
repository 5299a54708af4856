package io.msglint.core.report;

import io.msglint.core.Diagnostic;
import io.msglint.core.ScanResult;
import io.msglint.core.SuppressedFinding;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** For people reading a terminal or a CI log: one line per finding, then a summary. */
public final class TextReporter implements Reporter {

    private final Map<String, RuleInfo> rules = RuleCatalog.standard().infos().stream()
            .collect(Collectors.toMap(RuleInfo::id, Function.identity()));

    @Override
    public String format(ScanResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) {
            String name = rules.containsKey(f.ruleId()) ? " " + rules.get(f.ruleId()).name() : "";
            out.append(Printable.visible(f.location().toString())).append(": ").append(f.severity().reportName())
                    .append(" [").append(f.ruleId()).append(name).append("] ").append(Printable.visible(f.message()))
                    .append('\n');
        }
        for (SuppressedFinding s : result.suppressed()) {
            Finding f = s.finding();
            out.append(Printable.visible(f.location().toString())).append(": suppressed [").append(f.ruleId())
                    .append("] ").append(Printable.visible(f.message())).append(" Reason: ")
                    .append(Printable.visible(s.justification())).append('\n');
        }
        for (Diagnostic d : result.diagnostics()) {
            out.append(d.file().isEmpty() ? "msglint" : Printable.visible(d.file())).append(": note: ")
                    .append(Printable.visible(d.message())).append('\n');
        }
        out.append(summary(result)).append('\n');
        return out.toString();
    }

    /** The one-line summary: findings by severity, notes, files and time. */
    public static String summary(ScanResult result) {
        long errors = count(result, Severity.ERROR);
        long warnings = count(result, Severity.WARNING);
        long infos = count(result, Severity.INFO);
        return "msglint: " + result.findings().size() + " finding" + (result.findings().size() == 1 ? "" : "s")
                + " (" + errors + " error, " + warnings + " warning, " + infos + " info), "
                + (result.suppressed().isEmpty() ? "" : result.suppressed().size() + " suppressed in the code, ")
                + result.diagnostics().size() + " note" + (result.diagnostics().size() == 1 ? "" : "s") + "; "
                + result.stats().filesScanned() + " files scanned, " + result.stats().filesParsed() + " parsed in "
                + result.stats().millis() + " ms";
    }

    private static long count(ScanResult result, Severity severity) {
        return result.findings().stream().filter(f -> f.severity() == severity).count();
    }
}
