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
 * entry by its {@link FindingIdentity}, never by line, so moving code does not resurface it.
 * The baseline only shrinks: entries that no longer occur are dropped when it is rewritten, new
 * findings are never added to an existing one.
 *
 * <p>Format: a header line that marks the file as a baseline and gives its version, then one
 * finding per line, its fields separated by tabs. Version 1 ({@code # msglint baseline v1:} or
 * the unversioned {@code # msglint baseline:}) named a finding by rule, file, payload, channel,
 * entity and message, with paths from whatever folder the scan started in: its entries are matched
 * on those fields with one path ending in the other, and the file is written as version 2 when
 * next updated. Anything else is not a baseline: it is neither read as one nor ever written over.
 */
public final class Baseline {

    private static final String MARKER = "# msglint baseline";
    private static final int VERSION = 2;
    private static final String HEADER = MARKER + " v" + VERSION + ": " + FindingIdentity.FIELDS;
    /** Far beyond any baseline; a larger file is not read. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final int version;
    private final Map<String, Integer> entries;

    private Baseline(int version, Map<String, Integer> entries) {
        this.version = version;
        this.entries = entries;
    }

    /**
     * What applying a baseline gave.
     *
     * @param shrunk   what the file should now hold: the entries that matched, in the current version
     * @param outdated whether the file is of an older version and should be written again
     */
    public record Applied(ScanResult result, int matched, int stale, Baseline shrunk, boolean outdated) {
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
        int version = lines.isEmpty() ? 0 : version(lines.get(0));
        if (version == 0) {
            throw new IOException(file + " is not a msglint baseline: its first line is not '" + MARKER + " ...'; "
                    + "give a baseline msglint wrote, or a path where none exists yet to create one");
        }
        if (version > VERSION) {
            throw new IOException(file + " is a baseline of a newer msglint (version " + version + ")");
        }
        Map<String, Integer> entries = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.merge(line, 1, Integer::sum);
            }
        }
        return new Baseline(version, entries);
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

    /**
     * A baseline of every finding of a scan, and of those held back behind them: accepting a send's
     * ML001 accepts its receiver's mismatch too, which would otherwise stand once the send's is baselined.
     */
    public static Baseline of(ScanResult result) {
        Map<String, Integer> entries = new TreeMap<>();
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.heldBack());
        for (Finding finding : all) {
            entries.merge(FindingIdentity.of(finding, result.anchorOf(finding)), 1, Integer::sum);
        }
        return new Baseline(VERSION, entries);
    }

    public int size() {
        return entries.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Applied apply(ScanResult result) {
        Matcher matcher = version == 1 ? new VersionOneMatcher(entries) : new IdentityMatcher(entries);
        Map<String, Integer> used = new TreeMap<>();
        List<Finding> kept = new ArrayList<>();
        int matched = 0;
        for (Finding finding : result.findings()) {
            if (matcher.take(finding, result)) {
                used.merge(FindingIdentity.of(finding, result.anchorOf(finding)), 1, Integer::sum);
                matched++;
            } else {
                kept.add(finding);
            }
        }
        // A finding held back behind one the baseline accepted stands again, unless accepted too.
        for (Finding held : result.heldBack()) {
            if (held.isHeldBackAmong(kept)) {
                continue;
            }
            if (matcher.take(held, result)) {
                used.merge(FindingIdentity.of(held, result.anchorOf(held)), 1, Integer::sum);
                matched++;
            } else {
                kept.add(held);
            }
        }
        kept.sort(Finding.ORDER);
        int stale = size() - matched;
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        if (matched > 0) {
            diagnostics.add(new Diagnostic("", matched + " finding" + (matched == 1 ? " is" : "s are") + " in the baseline"));
        }
        if (stale > 0) {
            diagnostics.add(new Diagnostic("", stale + " baseline entr" + (stale == 1 ? "y no longer occurs" : "ies no longer occur")
                    + ": the baseline can shrink"));
        }
        if (version < VERSION) {
            diagnostics.add(new Diagnostic("", "the baseline is of version " + version + ", which named findings by their "
                    + "message and a path from the folder the scan started in: its entries were matched by rule, payload, "
                    + "channel, entity, message and the end of the path. msglint writes it as version " + VERSION
                    + " (rule, path from the repository's root, enclosing member, payload, channel, statement) on its "
                    + "next update outside CI"));
        }
        diagnostics.sort(Diagnostic.ORDER);
        return new Applied(result.with(kept, diagnostics), matched, stale, new Baseline(VERSION, used), version < VERSION);
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

    /** Takes one entry a finding matches, if any is left. */
    private interface Matcher {
        boolean take(Finding finding, ScanResult result);
    }

    /** The current version: entries are identities. */
    private static final class IdentityMatcher implements Matcher {

        private final Map<String, Integer> left;

        IdentityMatcher(Map<String, Integer> entries) {
            this.left = new HashMap<>(entries);
        }

        @Override
        public boolean take(Finding finding, ScanResult result) {
            String id = FindingIdentity.of(finding, result.anchorOf(finding));
            int remaining = left.getOrDefault(id, 0);
            if (remaining == 0) {
                return false;
            }
            left.put(id, remaining - 1);
            return true;
        }
    }

    /**
     * Version 1: rule, file, payload, channel, entity and message, the file relative to wherever
     * that scan started. A finding matches when all but the file are equal and one path ends
     * with the other, folder by folder.
     */
    private static final class VersionOneMatcher implements Matcher {

        /** Per everything but the file: the files of the entries left, one per entry. */
        private final Map<String, List<String>> left = new HashMap<>();

        VersionOneMatcher(Map<String, Integer> entries) {
            entries.forEach((line, count) -> {
                String[] fields = line.split("\t", -1);
                if (fields.length == 6) {
                    List<String> files = left.computeIfAbsent(key(fields[0], fields[2], fields[3], fields[4], fields[5]),
                            k -> new ArrayList<>());
                    for (int i = 0; i < count; i++) {
                        files.add(fields[1]);
                    }
                }
            });
        }

        private static String key(String rule, String payload, String channel, String entity, String message) {
            return String.join("\t", rule, payload, channel, entity, message);
        }

        @Override
        public boolean take(Finding finding, ScanResult result) {
            List<String> files = left.get(key(finding.ruleId(), finding.payload().orElse(""), finding.channel().name(),
                    finding.entity().orElse(""), finding.message().replace('\t', ' ').replace('\n', ' ')));
            if (files == null) {
                return false;
            }
            String file = finding.location().file();
            for (int i = 0; i < files.size(); i++) {
                if (samePlace(file, files.get(i))) {
                    files.remove(i);
                    return true;
                }
            }
            return false;
        }

        private static boolean samePlace(String a, String b) {
            return a.equals(b) || a.endsWith("/" + b) || b.endsWith("/" + a);
        }
    }
}
