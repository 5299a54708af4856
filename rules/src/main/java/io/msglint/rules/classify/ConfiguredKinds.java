package io.msglint.rules.classify;

import io.msglint.rules.model.PayloadKind;
import java.util.List;
import java.util.Optional;

/**
 * Class-name patterns the configuration maps to a kind, for generated or third-party payloads
 * that cannot carry an annotation. A pattern is a fully qualified name where {@code *} matches
 * within one package segment and {@code **} across segments: {@code com.acme.events.**},
 * {@code com.acme.*Command}. The first matching pattern wins.
 */
public record ConfiguredKinds(List<Mapping> mappings) {

    /**
     * One pattern and its kind. Matching walks the pattern and the name together, keeping the set
     * of pattern positions the name so far can be at: linear in the name for any pattern, where a
     * regular expression made of {@code .*} runs could backtrack without end.
     */
    public record Mapping(String pattern, PayloadKind kind) {

        public static Mapping of(String pattern, PayloadKind kind) {
            return new Mapping(pattern, kind);
        }

        /** Whether the dotted name matches: {@code **} any characters, {@code *} any but '.', {@code ?} one but '.'. */
        public boolean matches(String name) {
            int m = pattern.length();
            boolean[] at = new boolean[m + 1];
            at[0] = true;
            closeOverStars(at);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean[] next = new boolean[m + 1];
                boolean any = false;
                for (int p = 0; p < m; p++) {
                    if (!at[p]) {
                        continue;
                    }
                    char token = pattern.charAt(p);
                    if (token == '*') {
                        boolean across = p + 1 < m && pattern.charAt(p + 1) == '*';
                        if (across || c != '.') {
                            next[p] = true; // the star takes the character and may take more
                            any = true;
                        }
                    } else if (token == '?' ? c != '.' : token == c) {
                        next[p + 1] = true;
                        any = true;
                    }
                }
                if (!any) {
                    return false;
                }
                closeOverStars(next);
                at = next;
            }
            return at[m];
        }

        /** A star may also match nothing: where the pattern can be at a star, it can be past it. */
        private void closeOverStars(boolean[] at) {
            for (int p = 0; p < pattern.length(); p++) {
                if (at[p] && pattern.charAt(p) == '*') {
                    boolean across = p + 1 < pattern.length() && pattern.charAt(p + 1) == '*';
                    at[across ? p + 2 : p + 1] = true;
                }
            }
        }
    }

    public static final ConfiguredKinds NONE = new ConfiguredKinds(List.of());

    public ConfiguredKinds {
        mappings = List.copyOf(mappings);
    }

    public Optional<Mapping> match(String qualifiedName) {
        String dotted = qualifiedName.replace('$', '.');
        return mappings.stream().filter(m -> m.matches(dotted)).findFirst();
    }
}
