package io.msglint.core.source;

import io.msglint.core.BaseDirs;
import java.nio.file.Path;
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

    public SourceFile asSourceFile(String content) {
        return new SourceFile(path, "", content, packageName);
    }

    /** The top-level type its name says it declares. */
    public String topLevelTypeName() {
        return asSourceFile("").topLevelTypeName();
    }

    public Optional<Path> sourceRoot() {
        return asSourceFile("").sourceRoot();
    }
}
