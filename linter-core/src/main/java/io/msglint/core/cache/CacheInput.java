package io.msglint.core.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a {@link java.io.DataOutputStream} wrote, from the cache file's bytes in memory.
 * A warm run reads the cache in a JVM that has barely started: {@code DataInputStream} over a
 * buffered stream pays a synchronized call per value and decodes every string character by
 * character in interpreted code, where this decodes an ASCII string (nearly all of them: paths,
 * names, hashes) in one bulk copy.
 */
final class CacheInput {

    private final byte[] bytes;
    private int position;

    CacheInput(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean readBoolean() throws IOException {
        return take(1) != 0;
    }

    int readInt() throws IOException {
        return (int) take(4);
    }

    long readLong() throws IOException {
        return take(8);
    }

    /** A string as {@link java.io.DataOutput#writeUTF} wrote it: a two-byte length, then modified UTF-8. */
    String readUTF() throws IOException {
        int start = position;
        int length = (int) take(2);
        require(length);
        int end = position + length;
        for (int i = position; i < end; i++) {
            if (bytes[i] <= 0) { // a multi-byte or encoded NUL character: let the JDK decode it
                position = end;
                return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(bytes, start, 2 + length)));
            }
        }
        String text = new String(bytes, position, length, StandardCharsets.ISO_8859_1);
        position = end;
        return text;
    }

    /** The next {@code count} bytes as a big-endian number, as {@code DataOutput} writes numbers. */
    private long take(int count) throws IOException {
        require(count);
        long value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    private void require(int count) throws EOFException {
        if (bytes.length - position < count) {
            throw new EOFException("the cache file ends early");
        }
    }
}
