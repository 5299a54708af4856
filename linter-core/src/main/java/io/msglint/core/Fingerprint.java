package io.msglint.core;

import java.nio.charset.StandardCharsets;

/**
 * A stable fingerprint of bytes: two independent 64-bit multiplicative hashes (FNV-1a and a
 * rotating variant) and the length, in hex. No cryptography is needed to tell an edited file
 * from its earlier version or one finding from another, and a digest provider costs a cold JVM
 * 40 ms to load.
 */
public final class Fingerprint {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final long OFFSET_2 = 0x84222325cbf29ce4L;
    private static final long PRIME_2 = 0x9e3779b97f4a7c15L;

    private Fingerprint() {
    }

    public static String of(byte[] bytes) {
        long a = OFFSET;
        long b = OFFSET_2;
        for (byte value : bytes) {
            a = (a ^ (value & 0xff)) * PRIME;
            b = Long.rotateLeft(b ^ (value & 0xff), 5) * PRIME_2;
        }
        return Long.toHexString(a) + Long.toHexString(b) + Integer.toHexString(bytes.length);
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
