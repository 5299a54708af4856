package io.msglint.core.cache;

import io.msglint.core.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Fingerprints: of a file's content, and of everything that makes cached facts stale. */
public final class CacheKey {

    private CacheKey() {
    }

    public static String contentHash(byte[] bytes) {
        return Fingerprint.of(bytes);
    }

    /**
     * msglint's version, the language level, and every classpath entry: a jar with its size and
     * time, a class folder by its path alone. A class folder is mostly the project's own build
     * output, which the compiler rewrites whenever any source changes; keying on its files would
     * drop every cached fact after each edit. Nothing is lost: the scan reads the project's
     * types from their sources, and a type read from a class folder is checked against its class
     * file's size and time before the cache trusts it again.
     */
    public static String of(String version, String languageLevel, List<Path> classpath) {
        StringBuilder digest = new StringBuilder();
        update(digest, version);
        update(digest, languageLevel);
        for (Path entry : classpath) {
            update(digest, entry.toAbsolutePath().normalize().toString());
            if (Files.isDirectory(entry)) {
                update(digest, "class folder");
            } else {
                stamp(digest, entry);
            }
        }
        return Fingerprint.of(digest.toString());
    }

    private static void stamp(StringBuilder digest, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            update(digest, file + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            update(digest, file + ":missing");
        }
    }

    private static void update(StringBuilder digest, String text) {
        digest.append(text).append('\u0000');
    }
}
