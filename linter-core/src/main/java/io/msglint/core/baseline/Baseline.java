package io.msglint.core.baseline;

import io.msglint.core.Diagnostic;
import io.msglint.core.ScanResult;
import io.msglint.rules.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Known findings a team has accepted for now, kept in version control. A finding matches an
 * entry by rule, file, payload, channel, entity and message, never by line, so moving code does
 * not resurface it. The baseline only shrinks: entries that no longer occur are dropped when it
 * is rewritten, new findings are never added to an existing one.
 *
 * <p>Format: one finding per line, its fields separated by tabs, after a header line.
 */
public final class Baseline {

    private static final String HEADER = "# msglint baseline: ruleId\tfile\tpayload\tchannel\tentity\tmessage";

    private final Map<String, Integer> entries;

    private Baseline(Map<String, Integer> entries) {
        this.entries = entries;
    }

    /** What applying a baseline gave: the result without baselined findings, and what the file should now hold. */
    public record Applied(ScanResult result, int matched, int stale, Baseline shrunk) {
    }

    public static Baseline load(Path file) throws IOException {
        Map<String, Integer> entries = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.merge(line, 1, Integer::sum);
            }
        }
        return new Baseline(entries);
    }

    public static Baseline of(List<Finding> findings) {
        Map<String, Integer> entries = new TreeMap<>();
        findings.forEach(f -> entries.merge(identity(f), 1, Integer::sum));
        return new Baseline(entries);
    }

    public int size() {
        return entries.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Applied apply(ScanResult result) {
        Map<String, Integer> left = new HashMap<>(entries);
        Map<String, Integer> used = new TreeMap<>();
        List<Finding> kept = new ArrayList<>();
        int matched = 0;
        for (Finding finding : result.findings()) {
            String id = identity(finding);
            int remaining = left.getOrDefault(id, 0);
            if (remaining > 0) {
                left.put(id, remaining - 1);
                used.merge(id, 1, Integer::sum);
                matched++;
            } else {
                kept.add(finding);
            }
        }
        int stale = left.values().stream().mapToInt(Integer::intValue).sum();
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        if (matched > 0) {
            diagnostics.add(new Diagnostic("", matched + " finding" + (matched == 1 ? " is" : "s are") + " in the baseline"));
        }
        if (stale > 0) {
            diagnostics.add(new Diagnostic("", stale + " baseline entr" + (stale == 1 ? "y no longer occurs" : "ies no longer occur")
                    + ": the baseline can shrink"));
        }
        diagnostics.sort(Diagnostic.ORDER);
        return new Applied(new ScanResult(kept, diagnostics, result.stats(), result.sites()), matched, stale,
                new Baseline(used));
    }

    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        entries.forEach((id, count) -> {
            for (int i = 0; i < count; i++) {
                out.append(id).append('\n');
            }
        });
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    static String identity(Finding f) {
        return String.join("\t", f.ruleId(), f.location().file(), f.payload().orElse(""), f.channel().name(),
                f.entity().orElse(""), f.message().replace('\t', ' ').replace('\n', ' '));
    }
}
