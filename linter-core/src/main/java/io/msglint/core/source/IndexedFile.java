package io.msglint.core.source;

import io.msglint.core.BaseDirs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A Java file as the scan knows it: from reading it this run, or from the cache.
 *
 * @param base        what its report path is relative to (computed only when reported)
 * @param candidate   whether it may use Azure messaging (the pre-filter), and so is analysed
 * @param contentHash of its bytes, for candidates: what the cache keys its facts by
 * @param notes       diagnostics about the file itself (its encoding)
 * @param text        its content, when it was read this run
 */
public record IndexedFile(Path path, Path base, Optional<String> packageName, boolean candidate,
                          String contentHash, List<String> notes, Optional<String> text) {

    public IndexedFile {
        notes = List.copyOf(notes);
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
