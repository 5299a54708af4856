package io.msglint.core.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Java file as the scan knows it: from reading it this run, or from the cache.
 *
 * @param candidate   whether it may use Azure messaging (the pre-filter), and so is analysed
 * @param contentHash of its bytes, for candidates: what the cache keys its facts by
 * @param notes       diagnostics about the file itself (its encoding)
 * @param text        its content, when it was read this run
 */
public record IndexedFile(Path path, String reportPath, Optional<String> packageName, boolean candidate,
                          String contentHash, List<String> notes, Optional<String> text) {

    public IndexedFile {
        notes = List.copyOf(notes);
    }

    public SourceFile asSourceFile(String content) {
        return new SourceFile(path, reportPath, content, packageName);
    }

    /** The top-level type its name says it declares. */
    public String topLevelTypeName() {
        return asSourceFile("").topLevelTypeName();
    }

    public Optional<Path> sourceRoot() {
        return asSourceFile("").sourceRoot();
    }
}
