package io.msglint.core.parse;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Maps a Java release number to JavaParser's language level. Touching JavaParser's level enum
 * builds every level's validators (some 300 classes), so only a run that parses asks for one.
 */
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
        check(release);
        if (release <= 0) {
            return newest();
        }
        LanguageLevel newest = newest();
        return release >= release(newest) ? newest : LanguageLevel.valueOf("JAVA_" + release);
    }

    /** Throws when msglint cannot read code of that release; {@code 0} (the newest) and newer ones it can. */
    public static void check(int release) {
        if (release > 0 && release < 8) {
            throw new IllegalArgumentException("Java release " + release + " is older than msglint supports (8)");
        }
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
