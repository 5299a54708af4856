package io.msglint.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads a Java file as UTF-8 (BOM dropped), falling back to ISO-8859-1 with a note. */
public final class SourceReader {

    private SourceReader() {
    }

    /** A file's text and package declaration. */
    public record Decoded(String text, Optional<String> packageName) {
    }

    public static Decoded decode(byte[] bytes, Consumer<String> notes) {
        // The JDK's own UTF-8 decoding is fast; only a replacement character calls for a strict check.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strict(bytes, notes);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(text, packageOf(text));
    }

    private static String strict(byte[] bytes, Consumer<String> notes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            notes.accept("not valid UTF-8; read as ISO-8859-1");
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text;
    }

    /**
     * The package a file declares: its first token after white space, comments and package
     * annotations must be {@code package}. One pass, never a search through the whole text.
     */
    static Optional<String> packageOf(String text) {
        int i = skipBlanks(text, 0);
        while (i < text.length() && text.charAt(i) == '@') {
            i = skipAnnotation(text, i + 1);
        }
        if (!text.startsWith("package", i) || i + 7 >= text.length()
                || Character.isJavaIdentifierPart(text.charAt(i + 7))) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        i = skipBlanks(text, i + 7);
        while (i < text.length() && text.charAt(i) != ';') {
            char c = text.charAt(i);
            if (Character.isJavaIdentifierPart(c) || c == '.') {
                name.append(c);
                i++;
            } else if (Character.isWhitespace(c) || c == '/') {
                int next = skipBlanks(text, i);
                if (next == i) {
                    return Optional.empty();
                }
                i = next;
            } else {
                return Optional.empty();
            }
        }
        return i < text.length() && name.length() > 0 ? Optional.of(name.toString()) : Optional.empty();
    }

    /** Past white space and comments. */
    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** Past an annotation's name and its parenthesised arguments, if any (strings may hold parentheses). */
    private static int skipAnnotation(String text, int from) {
        int i = skipBlanks(text, from);
        while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        i = skipBlanks(text, i);
        if (i >= text.length() || text.charAt(i) != '(') {
            return i;
        }
        int depth = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(text, i, c);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return skipBlanks(text, i + 1);
            }
            i++;
        }
        return i;
    }

    private static int skipQuoted(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
