package io.msglint.core.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A Java file read into memory.
 *
 * @param path        absolute path
 * @param reportPath  path relative to the base directory, with '/'
 * @param text        the decoded content
 * @param packageName its package declaration, if any
 */
public record SourceFile(Path path, String reportPath, String text, Optional<String> packageName) {

    /** The top-level type its name says it declares: {@code com.acme.Song} for {@code com/acme/Song.java}. */
    public String topLevelTypeName() {
        String file = path.getFileName().toString();
        String simple = file.endsWith(".java") ? file.substring(0, file.length() - 5) : file;
        return packageName.map(p -> p + "." + simple).orElse(simple);
    }

    /** The folder its package hierarchy starts in, if the path matches the package. */
    public Optional<Path> sourceRoot() {
        Path folder = path.getParent();
        if (folder == null) {
            return Optional.empty();
        }
        String pkg = packageName.orElse("");
        if (pkg.isEmpty()) {
            return Optional.of(folder);
        }
        String[] segments = pkg.split("\\.");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals(segments[i])) {
                return Optional.empty();
            }
            folder = folder.getParent();
        }
        return Optional.ofNullable(folder);
    }
}
