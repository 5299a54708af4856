package io.msglint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CacheInputTest {

    @Test
    void readsBackWhatDataOutputWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(-7);
            out.writeLong(Long.MIN_VALUE + 3);
            out.writeBoolean(true);
            out.writeBoolean(false);
            out.writeUTF("src/main/java/com/acme/Order.java");
            out.writeUTF("Bestellung für Zoë \u0000 ✓ 😀"); // multi-byte, an encoded NUL and a surrogate pair
            out.writeUTF("");
            out.writeInt(Integer.MAX_VALUE);
        }
        CacheInput in = new CacheInput(bytes.toByteArray());

        assertThat(in.readInt()).isEqualTo(-7);
        assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE + 3);
        assertThat(in.readBoolean()).isTrue();
        assertThat(in.readBoolean()).isFalse();
        assertThat(in.readUTF()).isEqualTo("src/main/java/com/acme/Order.java");
        assertThat(in.readUTF()).isEqualTo("Bestellung für Zoë \u0000 ✓ 😀");
        assertThat(in.readUTF()).isEmpty();
        assertThat(in.readInt()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aTruncatedFileIsAnEndOfFileNotAnIndexError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("a path that the cache file cuts short");
        }
        byte[] truncated = java.util.Arrays.copyOf(bytes.toByteArray(), 10);

        assertThatThrownBy(() -> new CacheInput(truncated).readUTF()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> new CacheInput(new byte[3]).readLong()).isInstanceOf(EOFException.class);
    }
}
