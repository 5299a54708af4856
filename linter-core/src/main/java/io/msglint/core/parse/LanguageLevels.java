package io.msglint.core.parse;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.util.Arrays;
import java.util.Comparator;

/** Maps a Java release number to JavaParser's language level. */
public final class LanguageLevels {

    private LanguageLevels() {
    }

    /** The newest non-preview level JavaParser knows. */
    public static LanguageLevel newest() {
        return Arrays.stream(LanguageLevel.values())
                .filter(l -> l.name().matches("JAVA_\\d+"))
                .max(Comparator.comparingInt(LanguageLevels::release))
                .orElse(LanguageLevel.JAVA_17);
    }

    /** {@code 0} for the newest; releases JavaParser does not know yet also get the newest. */
    public static LanguageLevel forRelease(int release) {
        if (release <= 0) {
            return newest();
        }
        if (release < 8) {
            throw new IllegalArgumentException("Java release " + release + " is older than msglint supports (8)");
        }
        LanguageLevel newest = newest();
        return release >= release(newest) ? newest : LanguageLevel.valueOf("JAVA_" + release);
    }

    /** Parses "17", "1.8", "8". */
    public static int parseRelease(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("1.")) {
            trimmed = trimmed.substring(2);
        }
        return Integer.parseInt(trimmed);
    }

    static int release(LanguageLevel level) {
        return Integer.parseInt(level.name().substring("JAVA_".length()).replace("_", ""));
    }
}
