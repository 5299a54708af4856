package io.msglint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClassFileCheckTest {

    @Test
    void realClassFilesAreWellFormed() throws IOException {
        assertThat(ClassFileCheck.isWellFormed(bytesOf(ClassFileCheck.class))).isTrue();
        assertThat(ClassFileCheck.isWellFormed(bytesOf(ClassFiles.class))).isTrue();
    }

    @Test
    void aLengthBeyondTheEndOrATruncatedFileIsNot() throws IOException {
        byte[] real = bytesOf(ClassFileCheck.class);

        assertThat(ClassFileCheck.isWellFormed(hostile())).isFalse();
        assertThat(ClassFileCheck.isWellFormed(Arrays.copyOf(real, real.length - 1))).isFalse();
        assertThat(ClassFileCheck.isWellFormed(new byte[] {1, 2, 3})).isFalse();
        assertThat(ClassFileCheck.isWellFormed(new byte[0])).isFalse();
    }

    /** A 250-byte class file whose one attribute claims 2 GB. */
    static byte[] hostile() {
        ByteBuffer b = ByteBuffer.allocate(250);
        b.putInt(0xCAFEBABE).putShort((short) 0).putShort((short) 61);
        b.putShort((short) 1); // no constants
        b.putShort((short) 0x21).putShort((short) 0).putShort((short) 0); // flags, this, super
        b.putShort((short) 0).putShort((short) 0).putShort((short) 0); // interfaces, fields, methods
        b.putShort((short) 1).putShort((short) 0).putInt(0x7FFFFFFF); // one attribute of 2 GB
        return b.array();
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }
}
