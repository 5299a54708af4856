package io.msglint.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What report paths are relative to. By default the repository's root, the nearest folder above
 * the scanned sources that holds {@code .git}: the command line and the Maven plugin then name a
 * file alike, and so do a baseline and SARIF for a code-scanning service. Without a repository,
 * the deepest folder containing every scanned path.
 */
public final class BaseDirs {

    private BaseDirs() {
    }

    /** The base for these paths: their repository's root, else the deepest folder holding them all. */
    public static Path defaultBase(List<Path> paths) {
        Path common = deepestCommonFolder(paths);
        return repositoryRoot(common).orElse(common);
    }

    /** The nearest folder at or above this one that holds {@code .git} (a folder, or a file in a worktree). */
    public static Optional<Path> repositoryRoot(Path folder) {
        for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    public static Path deepestCommonFolder(List<Path> paths) {
        Path common = null;
        for (Path raw : paths) {
            Path path = raw.toAbsolutePath().normalize();
            Path folder = Files.isDirectory(path) ? path : path.getParent();
            if (folder == null) {
                folder = path;
            }
            common = common == null ? folder : commonPrefix(common, folder);
        }
        return common == null ? Path.of("").toAbsolutePath() : common;
    }

    private static Path commonPrefix(Path a, Path b) {
        Path result = a.getRoot();
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n && a.getName(i).equals(b.getName(i)); i++) {
            result = result == null ? a.getName(i) : result.resolve(a.getName(i));
        }
        return result == null ? a.getRoot() : result;
    }

    /** A path relative to the base, with '/', as reports show it. */
    public static String relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path rel = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return rel.toString().replace('\\', '/');
    }
}
