package io.msglint.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Java file as UTF-8 (BOM dropped), falling back to ISO-8859-1 with a note. */
public final class SourceReader {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

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

    static Optional<String> packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
