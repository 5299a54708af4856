package io.msglint.core.source;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A file's words as two small Bloom filters: the words that may name a type (they start with a
 * capital) and those that may call a method (followed by {@code (}, or after {@code ::}). Taken in
 * one pass the first time the file is searched for the callers of the project's sending methods,
 * they answer every later search without reading the file again. A filter only says "maybe":
 * a maybe is checked against the text, and no word of the file is ever ruled out.
 */
public final class Words {

    /** Bits per filter: a few hundred words per file leave about one bit in fifteen set. */
    private static final int BITS = 4096;
    private static final int WORDS_OF_BITS = BITS / 64;
    /** What each Latin-1 character is to a word, by table: the loop below runs over every byte of every file. */
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte PART = 2;    // continues a word: a digit, say
    private static final byte START = 3;   // starts a word
    private static final byte CAPITAL = 4; // starts a word that may name a type
    private static final byte[] KIND = new byte[256];

    static {
        for (char c = 0; c < 256; c++) {
            boolean part = Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
            if (part && Character.isUpperCase(c)) {
                KIND[c] = CAPITAL;
            } else if (part && Character.isJavaIdentifierStart(c)) {
                KIND[c] = START;
            } else if (part) {
                KIND[c] = PART;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                KIND[c] = SPACE;
            }
        }
    }

    private final long[] types = new long[WORDS_OF_BITS];
    private final long[] calls = new long[WORDS_OF_BITS];

    private Words() {
    }

    /**
     * The words of a text, in one pass over its Latin-1 bytes (a character beyond Latin-1 splits a
     * word there). A word waits for the next character that is not white space to tell whether
     * it is called.
     */
    public static Words of(String text) {
        Words words = new Words();
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1); // one copy: cheaper than char by char
        int n = bytes.length;
        int i = 0;
        int previous = 0; // the last character that is not white space, outside words
        boolean afterColons = false;
        boolean waiting = false;
        int waitingHash = 0;
        while (i < n) {
            int c = bytes[i] & 0xff;
            byte kind = KIND[c];
            if (kind >= START) {
                int hash = 0;
                while (i < n && KIND[c = bytes[i] & 0xff] >= PART) {
                    hash = 31 * hash + c; // as String.hashCode
                    i++;
                }
                if (kind == CAPITAL) {
                    add(words.types, hash);
                }
                if (afterColons) {
                    add(words.calls, hash);
                }
                waiting = !afterColons;
                waitingHash = hash;
                afterColons = false;
                previous = 'a';
                continue;
            }
            i++;
            if (kind == SPACE) {
                continue;
            }
            if (waiting && c == '(') {
                add(words.calls, waitingHash);
            }
            waiting = false;
            afterColons = c == ':' && previous == ':';
            previous = c;
        }
        return words;
    }

    /** What a search looks for, prepared once: the hash codes of the names. */
    public record Probe(int[] types, int[] methods, boolean beyondLatin1) {

        public static Probe of(Collection<String> typeNames, Collection<String> methodNames) {
            boolean beyond = false;
            for (String name : typeNames) {
                beyond |= isBeyondLatin1(name);
            }
            for (String name : methodNames) {
                beyond |= isBeyondLatin1(name);
            }
            return new Probe(hashes(typeNames), hashes(methodNames), beyond);
        }

        private static int[] hashes(Collection<String> names) {
            int[] hashes = new int[names.size()];
            int i = 0;
            for (String name : names) {
                hashes[i++] = name.hashCode();
            }
            return hashes;
        }
    }

    /** Whether the text may name one of the probe's types and call one of its methods. */
    public boolean mayCall(Probe probe) {
        return probe.beyondLatin1() || mayHoldAny(types, probe.types()) && mayHoldAny(calls, probe.methods());
    }

    private static boolean mayHoldAny(long[] filter, int[] hashes) {
        for (int hash : hashes) {
            if (holds(filter, hash)) {
                return true;
            }
        }
        return false;
    }

    private static void add(long[] filter, int hash) {
        int mixed = hash * 0x9E3779B9; // spreads names that differ in a digit or two
        int a = mixed >>> 20;
        int b = (mixed >>> 8) & (BITS - 1);
        filter[a >>> 6] |= 1L << a;
        filter[b >>> 6] |= 1L << b;
    }

    private static boolean holds(long[] filter, int hash) {
        int mixed = hash * 0x9E3779B9;
        int a = mixed >>> 20;
        int b = (mixed >>> 8) & (BITS - 1);
        return (filter[a >>> 6] & 1L << a) != 0 && (filter[b >>> 6] & 1L << b) != 0;
    }

    /** A name the Latin-1 bytes cannot show whole: always a maybe. */
    private static boolean isBeyondLatin1(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0xff) {
                return true;
            }
        }
        return false;
    }

}
