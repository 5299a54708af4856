package io.msglint.core.report;

import io.msglint.core.Diagnostic;
import io.msglint.core.Msglint;
import io.msglint.core.ScanResult;
import io.msglint.core.SuppressedFinding;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.model.Finding;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A single self-contained HTML page: a summary, the findings as a table, then the notes. */
public final class HtmlReporter implements Reporter {

    private final Map<String, RuleInfo> rules = RuleCatalog.standard().infos().stream()
            .collect(Collectors.toMap(RuleInfo::id, Function.identity()));

    @Override
    public String format(ScanResult result) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>msglint report</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.4em;text-align:left;vertical-align:top}")
                .append(".error{color:#b00020}.warning{color:#a15c00}.info{color:#005a9c}</style></head><body>\n")
                .append("<h1>msglint ").append(escape(Msglint.version())).append("</h1>\n<p>")
                .append(escape(TextReporter.summary(result))).append("</p>\n");
        out.append("<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th></tr></thead><tbody>\n");
        for (Finding f : result.findings()) {
            RuleInfo rule = rules.get(f.ruleId());
            out.append("<tr><td class=\"").append(f.severity().reportName()).append("\">").append(f.severity().reportName())
                    .append("</td><td>").append(escape(f.ruleId())).append(rule == null ? "" : " " + escape(rule.name()))
                    .append("</td><td>").append(escape(f.location().toString())).append("</td><td>")
                    .append(escape(f.message())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        if (!result.suppressed().isEmpty()) {
            out.append("<h2>Suppressed in the code</h2>\n<table><thead><tr><th>Rule</th><th>Where</th><th>Finding</th>")
                    .append("<th>Reason</th></tr></thead><tbody>\n");
            for (SuppressedFinding s : result.suppressed()) {
                Finding f = s.finding();
                out.append("<tr><td>").append(escape(f.ruleId())).append("</td><td>").append(escape(f.location().toString()))
                        .append("</td><td>").append(escape(f.message())).append("</td><td>")
                        .append(escape(s.justification())).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (!result.diagnostics().isEmpty()) {
            out.append("<h2>Notes</h2>\n<ul>\n");
            for (Diagnostic d : result.diagnostics()) {
                out.append("<li>").append(escape(d.file().isEmpty() ? "" : d.file() + ": ")).append(escape(d.message()))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    static String escape(String text) {
        return Printable.visible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
