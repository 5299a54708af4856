package io.msglint.core.report;

/**
 * Text taken from the scanned code (file names, queue names, payload names) made safe to show. A
 * terminal obeys control characters: an escape sequence in a queue name could recolour a CI log,
 * and a line break could forge a finding line. A lone surrogate, which javac accepts in a string,
 * is no character at all, and no encoder can write it. Both are shown as {@code \\uXXXX}.
 */
public final class Printable {

    private Printable() {
    }

    /** For text and HTML reports: control characters, direction overrides and lone surrogates as visible escapes. */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = isControl(c) || isLoneSurrogate(text, i);
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (hidden) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            if (Character.isHighSurrogate(c) && !hidden && i + 1 < text.length()) {
                if (out != null) {
                    out.append(text.charAt(i + 1));
                }
                i++; // a well-formed pair, kept whole
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether the character at {@code i} is half of a surrogate pair without its other half. */
    static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a reader sees. */
    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
