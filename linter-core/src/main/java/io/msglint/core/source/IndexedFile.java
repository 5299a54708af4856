package io.msglint.core.source;

import io.msglint.core.BaseDirs;
import io.msglint.core.cache.FileStamps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A Java file as the scan knows it: from reading it this run, or from the cache.
 *
 * @param base        what its report path is relative to (computed only when reported)
 * @param size        in bytes, and its modification time: what the cache knows it by
 * @param candidate   whether it may use Azure messaging (the pre-filter), and so is analysed
 * @param contentHash of its bytes, for candidates (and files found to call sending methods): what the
 *                    cache keys its facts by; empty otherwise
 * @param notes       diagnostics about the file itself (its encoding)
 * @param mentions    the caller searches it matched (their ids)
 * @param recalled    whether it is as the last run left it, which the cache vouched for: it was then
 *                    tested against every caller search the last run made
 * @param text        its content, when it was read this run (always for a candidate; for other files
 *                    while the memory set aside for texts lasts)
 * @param words       its words, once a caller search has read them
 */
public record IndexedFile(Path path, Path base, long size, long modified, Optional<String> packageName,
                          boolean candidate, String contentHash, List<String> notes, List<String> mentions,
                          boolean recalled, Optional<String> text, Optional<Words> words) {

    public IndexedFile {
        notes = List.copyOf(notes);
        mentions = List.copyOf(mentions);
    }

    /** What the cache keeps of it. */
    public FileStamps.Entry stamp() {
        return new FileStamps.Entry(size, modified, packageName, candidate, contentHash, notes, mentions);
    }

    /**
     * Whether it mentions the methods of a caller search: known when it matched, or when it is
     * unchanged since a run that made the same search; empty when it must be tested.
     *
     * @param searchedLastRun whether the last run made this search (of every file it had)
     */
    public Optional<Boolean> mentions(String query, boolean searchedLastRun) {
        if (mentions.contains(query)) {
            return Optional.of(true);
        }
        return recalled && searchedLastRun ? Optional.of(false) : Optional.empty();
    }

    /**
     * The file with the answer to a caller search, its words, and its content hash and text if it
     * matched.
     */
    public IndexedFile withMention(String query, boolean answer, Words read, String hash, Optional<String> readText) {
        List<String> matched = new ArrayList<>(mentions);
        if (answer && !matched.contains(query)) {
            matched.add(query);
        }
        return new IndexedFile(path, base, size, modified, packageName, candidate,
                contentHash.isEmpty() ? hash : contentHash, notes, matched, recalled,
                text.isPresent() ? text : readText, Optional.of(read));
    }

    /** The file without its text, which only a candidate must keep. */
    public IndexedFile withoutText() {
        return new IndexedFile(path, base, size, modified, packageName, candidate, contentHash, notes, mentions,
                recalled, Optional.empty(), words);
    }

    /** Its path relative to the base directory, with '/', as reports show it. */
    public String reportPath() {
        return BaseDirs.relative(base, path);
    }

    /** The top-level type its name says it declares: {@code com.acme.Song} for {@code com/acme/Song.java}. */
    public String topLevelTypeName() {
        String file = path.getFileName().toString();
        String simple = file.endsWith(".java") ? file.substring(0, file.length() - 5) : file;
        return packageName.map(p -> p + "." + simple).orElse(simple);
    }

    /** The folder its package hierarchy starts in, if the path matches the package. */
    public Optional<Path> sourceRoot() {
        Path folder = path.getParent();
        for (String segment : reversedSegments()) {
            if (folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals(segment)) {
                return Optional.empty();
            }
            folder = folder.getParent();
        }
        return Optional.ofNullable(folder);
    }

    private List<String> reversedSegments() {
        List<String> segments = new ArrayList<>(
                packageName.filter(p -> !p.isEmpty()).map(p -> List.of(p.split("\\."))).orElse(List.of()));
        Collections.reverse(segments);
        return segments;
    }
}
