package io.msglint.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fingerprints: of a file's content, and of everything that makes cached facts stale. Two
 * independent 64-bit multiplicative hashes (FNV-1a and a rotating variant) and the length: no cryptography is needed to tell an
 * edited file from its earlier version, and a digest provider costs a cold JVM 40 ms to load.
 */
public final class CacheKey {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final long OFFSET_2 = 0x84222325cbf29ce4L;
    private static final long PRIME_2 = 0x9e3779b97f4a7c15L;

    private CacheKey() {
    }

    public static String contentHash(byte[] bytes) {
        long a = OFFSET;
        long b = OFFSET_2;
        for (byte value : bytes) {
            a = (a ^ (value & 0xff)) * PRIME;
            b = Long.rotateLeft(b ^ (value & 0xff), 5) * PRIME_2;
        }
        return Long.toHexString(a) + Long.toHexString(b) + Integer.toHexString(bytes.length);
    }

    /** msglint's version, the language level, and every classpath entry with its size and time. */
    public static String of(String version, String languageLevel, List<Path> classpath) {
        StringBuilder digest = new StringBuilder();
        update(digest, version);
        update(digest, languageLevel);
        for (Path entry : classpath) {
            update(digest, entry.toAbsolutePath().normalize().toString());
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    files.filter(Files::isRegularFile).sorted().forEach(f -> stamp(digest, f));
                } catch (IOException | RuntimeException e) {
                    update(digest, "unreadable");
                }
            } else {
                stamp(digest, entry);
            }
        }
        return contentHash(digest.toString().getBytes(StandardCharsets.UTF_8));
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
