package io.msglint.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The default base directory: the deepest folder containing every scanned path. */
public final class BaseDirs {

    private BaseDirs() {
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
