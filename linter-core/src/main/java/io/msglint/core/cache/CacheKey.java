package io.msglint.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Fingerprints: of a file's content, and of everything that makes cached facts stale. */
public final class CacheKey {

    private CacheKey() {
    }

    public static String contentHash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** msglint's version, the language level, and every classpath entry with its size and time. */
    public static String of(String version, String languageLevel, List<Path> classpath) {
        MessageDigest digest = sha256();
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
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void stamp(MessageDigest digest, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            update(digest, file + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            update(digest, file + ":missing");
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
