package io.msglint.core.baseline;

import io.msglint.core.Diagnostic;
import io.msglint.core.ScanResult;
import io.msglint.rules.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * <p>Format: a header line that marks the file as a baseline and gives its version, then one
 * finding per line, its fields separated by tabs. Files written before the version was added
 * ({@code # msglint baseline: ...}) are version 1 and read alike. Anything else is not a baseline:
 * it is neither read as one nor ever written over.
 */
public final class Baseline {

    private static final String MARKER = "# msglint baseline";
    private static final int VERSION = 1;
    private static final String HEADER = MARKER + " v" + VERSION + ": ruleId\tfile\tpayload\tchannel\tentity\tmessage";
    /** Far beyond any baseline; a larger file is not read. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Map<String, Integer> entries;

    private Baseline(Map<String, Integer> entries) {
        this.entries = entries;
    }

    /** What applying a baseline gave: the result without baselined findings, and what the file should now hold. */
    public record Applied(ScanResult result, int matched, int stale, Baseline shrunk) {
    }

    /** The baseline in a file; an {@link IOException} if the file is not one msglint wrote. */
    public static Baseline load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a regular file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB: not a msglint baseline");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || version(lines.get(0)) == 0) {
            throw new IOException(file + " is not a msglint baseline: its first line is not '" + MARKER + " ...'; "
                    + "give a baseline msglint wrote, or a path where none exists yet to create one");
        }
        if (version(lines.get(0)) > VERSION) {
            throw new IOException(file + " is a baseline of a newer msglint (version " + version(lines.get(0)) + ")");
        }
        Map<String, Integer> entries = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.merge(line, 1, Integer::sum);
            }
        }
        return new Baseline(entries);
    }

    /** The version a header line gives: 1 for the unversioned header, 0 for a line that is no header. */
    private static int version(String header) {
        if (!header.startsWith(MARKER)) {
            return 0;
        }
        String rest = header.substring(MARKER.length());
        if (rest.startsWith(":")) {
            return 1;
        }
        if (!rest.startsWith(" v")) {
            return 0;
        }
        int end = rest.indexOf(':');
        try {
            return end > 2 ? Integer.parseInt(rest.substring(2, end)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
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
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        // Written whole or not at all: a run stopped halfway leaves the previous baseline.
        Path temp = Files.createTempFile(folder != null ? folder : Path.of("."), ".msglint-baseline", ".tmp");
        try {
            Files.writeString(temp, out.toString(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String identity(Finding f) {
        return String.join("\t", f.ruleId(), f.location().file(), f.payload().orElse(""), f.channel().name(),
                f.entity().orElse(""), f.message().replace('\t', ' ').replace('\n', ' '));
    }
}
