package io.msglint.core.report;

import io.msglint.core.Diagnostic;
import io.msglint.core.Msglint;
import io.msglint.core.ScanResult;
import io.msglint.core.SuppressedFinding;
import io.msglint.core.baseline.FindingIdentity;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, for code-scanning dashboards: the rule table from the rules' metadata, results
 * with paths relative to the base directory ({@code %SRCROOT%}), and a fingerprint per result that
 * ignores line numbers, so a finding keeps its identity when code above it moves.
 */
public final class SarifReporter implements Reporter {

    /** Where the rule pages are published, if a build says so: SARIF never gets a relative help link. */
    private static final String DOCS_URL = BuildProperties.docsUrl();

    @Override
    public String format(ScanResult result) {
        List<RuleInfo> rules = RuleCatalog.standard().infos();
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<String> ruleJson = new ArrayList<>();
        for (RuleInfo rule : rules) {
            ruleIndex.put(rule.id(), ruleJson.size());
            RulePage page = RulePage.of(rule);
            ruleJson.add("{\"id\": " + Json.string(rule.id()) + ", \"name\": " + Json.string(rule.name())
                    + ", \"shortDescription\": {\"text\": " + Json.string(rule.summary()) + "}"
                    + ", \"fullDescription\": {\"text\": " + Json.string(page.description()) + "}"
                    + ", \"help\": {\"text\": " + Json.string(page.markdown()) + ", \"markdown\": "
                    + Json.string(page.markdown()) + "}"
                    + (DOCS_URL.isEmpty() ? "" : ", \"helpUri\": " + Json.string(DOCS_URL + rule.id() + ".md"))
                    + ", \"defaultConfiguration\": {\"level\": " + Json.string(level(rule.defaultSeverity())) + "}"
                    + ", \"properties\": {\"precision\": \"high\", \"tags\": [\"azure\", \"messaging\", \"reliability\"]}}");
        }
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> results = new ArrayList<>();
        for (Finding f : result.findings()) {
            results.add(result(f, result, ruleIndex, occurrences, ""));
        }
        for (SuppressedFinding s : result.suppressed()) {
            results.add(result(s.finding(), result, ruleIndex, occurrences, ", \"suppressions\": [{\"kind\": \"inSource\", "
                    + "\"justification\": " + Json.string(s.justification()) + "}]"));
        }
        List<String> notifications = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            String n = "{\"level\": \"note\", \"message\": {\"text\": " + Json.string(d.message()) + "}"
                    + (d.file().isEmpty() ? "" : ", \"locations\": [" + location(d.file(), 0, 0) + "]") + "}";
            notifications.add(n);
        }
        return "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
                + "  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": \"msglint\", \"version\": " + Json.string(Msglint.version())
                + (DOCS_URL.isEmpty() ? "" : ", \"informationUri\": " + Json.string(DOCS_URL))
                + ", \"rules\": [\n      " + String.join(",\n      ", ruleJson) + "]}},\n"
                + "    \"automationDetails\": {\"id\": " + Json.string(automationId(result.origin())) + "},\n"
                + originalUriBaseIds(result.origin())
                + "    \"invocations\": [{\"executionSuccessful\": true, \"toolExecutionNotifications\": ["
                + String.join(", ", notifications) + "]}],\n"
                + "    \"results\": [" + (results.isEmpty() ? "" : "\n      " + String.join(",\n      ", results) + "\n    ")
                + "]\n  }]\n}\n";
    }

    private static String result(Finding f, ScanResult scan, Map<String, Integer> ruleIndex,
                                 Map<String, Integer> occurrences, String suppressions) {
        String identity = FindingIdentity.digest(f, scan.anchorOf(f));
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        StringBuilder r = new StringBuilder("{\"ruleId\": ").append(Json.string(f.ruleId()));
        if (ruleIndex.containsKey(f.ruleId())) {
            r.append(", \"ruleIndex\": ").append(ruleIndex.get(f.ruleId()));
        }
        r.append(", \"level\": ").append(Json.string(level(f.severity())))
                .append(", \"message\": {\"text\": ").append(Json.string(f.message())).append("}")
                .append(", \"locations\": [").append(location(f.location().file(), f.location().line(), f.location().column()))
                .append("]")
                .append(relatedLocations(f))
                .append(", \"fingerprints\": {\"msglint/v2\": ").append(Json.string(identity + ":" + occurrence)).append("}")
                .append(", \"partialFingerprints\": {\"primaryLocationLineHash\": ")
                .append(Json.string(identity + ":" + occurrence)).append("}")
                .append(suppressions)
                .append(", \"properties\": {\"channel\": ").append(Json.string(f.channel().name()));
        f.entity().ifPresent(e -> r.append(", \"entity\": ").append(Json.string(e)));
        f.payload().ifPresent(p -> r.append(", \"payload\": ").append(Json.string(p)));
        f.kindSource().ifPresent(k -> r.append(", \"kindSource\": ").append(Json.string(k.reportName())));
        return r.append("}}").toString();
    }

    /**
     * The run's category for a code-scanning service, one per module: {@code msglint/orders/} for a
     * scan of {@code orders} (or its {@code src/main/java}), {@code msglint/} for the repository.
     */
    static String automationId(ScanResult.Origin origin) {
        return "msglint/" + (origin.module().isEmpty() ? "" : origin.module() + "/");
    }

    /** Where {@code %SRCROOT%}, the base of every location's relative URI, is on this machine. */
    private static String originalUriBaseIds(ScanResult.Origin origin) {
        if (origin.base().isEmpty()) {
            return "";
        }
        String uri = origin.base().get().toUri().toString();
        return "    \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": " + Json.string(uri.endsWith("/") ? uri : uri + "/")
                + ", \"description\": {\"text\": \"The folder report paths start from: the repository's root unless "
                + "--base-dir says otherwise.\"}}},\n";
    }

    /** The steps of the finding's path, from where the payload enters to the SDK call. */
    private static String relatedLocations(Finding f) {
        if (f.path().isEmpty()) {
            return "";
        }
        List<String> related = new ArrayList<>();
        for (int i = 0; i < f.path().size(); i++) {
            SourceLocation step = f.path().get(i);
            String located = location(step.file(), step.line(), step.column());
            related.add("{\"id\": " + i + ", " + located.substring(1, located.length() - 1)
                    + ", \"message\": {\"text\": " + Json.string(i == f.path().size() - 1 ? "the send" : "passed on here") + "}}");
        }
        return ", \"relatedLocations\": [" + String.join(", ", related) + "]";
    }

    private static String location(String file, int line, int column) {
        String region = line > 0 ? ", \"region\": {\"startLine\": " + line + ", \"startColumn\": " + column + "}" : "";
        return "{\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + Json.string(uri(file))
                + ", \"uriBaseId\": \"%SRCROOT%\"}" + region + "}}";
    }

    /**
     * A report path as a relative URI reference (RFC 3986): '#', '%', spaces, line breaks and
     * non-ASCII characters percent-encoded as UTF-8, the '/' between folders kept.
     */
    static String uri(String path) {
        String encoded;
        try {
            encoded = new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot encode " + path, e);
        }
        // A colon in the first segment would read as a scheme (RFC 3986, 4.2): "./" keeps it a path.
        int slash = encoded.indexOf('/');
        String first = slash < 0 ? encoded : encoded.substring(0, slash);
        return first.contains(":") ? "./" + encoded : encoded;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
