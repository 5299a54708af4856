package io.msglint.core.resolve;

/**
 * Checks a class file's structure before Javassist reads it: every count and length must fit in
 * the bytes that follow. Javassist allocates what a length field says, so a 250-byte file that
 * claims a 2 GB attribute would otherwise exhaust the heap. Walks the file once and allocates
 * nothing.
 */
final class ClassFileCheck {

    private static final int MAGIC = 0xCAFEBABE;

    private final byte[] bytes;
    private int at;

    private ClassFileCheck(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Whether the bytes are a class file whose every count and length fits in it. */
    static boolean isWellFormed(byte[] bytes) {
        try {
            return new ClassFileCheck(bytes).walk();
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    private boolean walk() {
        if (u4() != MAGIC) {
            return false;
        }
        skip(4); // minor and major version
        int constants = u2();
        for (int i = 1; i < constants; i++) {
            int tag = u1();
            switch (tag) {
                case 1 -> skip(u2()); // UTF-8: its length, then its bytes
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(4);
                case 5, 6 -> {
                    skip(8);
                    i++; // long and double take two slots
                }
                case 7, 8, 16, 19, 20 -> skip(2);
                case 15 -> skip(3);
                default -> {
                    return false;
                }
            }
        }
        skip(6); // access flags, this class, superclass
        skip(2 * u2()); // interfaces
        for (int member = 0; member < 2; member++) { // fields, then methods
            int count = u2();
            for (int i = 0; i < count; i++) {
                skip(6); // access flags, name, descriptor
                attributes();
            }
        }
        attributes();
        return at == bytes.length;
    }

    private void attributes() {
        int count = u2();
        for (int i = 0; i < count; i++) {
            skip(2); // name
            long length = u4() & 0xFFFFFFFFL;
            if (length > bytes.length - at) {
                throw new IndexOutOfBoundsException("attribute longer than the file");
            }
            skip((int) length);
        }
    }

    private int u1() {
        check(1);
        return bytes[at++] & 0xFF;
    }

    private int u2() {
        return u1() << 8 | u1();
    }

    private int u4() {
        return u2() << 16 | u2();
    }

    private void skip(int count) {
        check(count);
        at += count;
    }

    private void check(int count) {
        if (count < 0 || count > bytes.length - at) {
            throw new IndexOutOfBoundsException("past the end of the class file");
        }
    }
}
