package io.msglint.core.source;

/**
 * Java's first lexical step (JLS 3.3): {@code \u000a} is a line break wherever it is written, so
 * {@code // note \u000a client.sendEvent(e);} is a comment and a call. Every step that reads text
 * rather than a syntax tree (the pre-filter, the caller search) reads it translated; the parser
 * translates the same way and keeps the file's own lines and columns.
 */
public final class UnicodeEscapes {

    private UnicodeEscapes() {
    }

    /** Whether the text may hold an escape at all: the common case, none, costs one search. */
    public static boolean present(String text) {
        for (int at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 1)) {
            if (at + 1 < text.length() && text.charAt(at + 1) == 'u') {
                return true;
            }
        }
        return false;
    }

    /** The text as the compiler reads it: every escape replaced by its character. */
    public static String translate(String text) {
        if (!present(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int backslashes = 0; // in a row just before this character, each an escape of its own
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < n && text.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < n && text.charAt(j) == 'u') {
                    j++;
                }
                int value = j + 4 <= n ? hex(text, j) : -1;
                if (value >= 0) {
                    out.append((char) value);
                    i = j + 3;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    private static int hex(String text, int from) {
        int value = 0;
        for (int k = from; k < from + 4; k++) {
            int digit = Character.digit(text.charAt(k), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
