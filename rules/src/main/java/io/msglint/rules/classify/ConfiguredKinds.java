package io.msglint.rules.classify;

import io.msglint.rules.model.PayloadKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Class-name patterns the configuration maps to a kind, for generated or third-party payloads
 * that cannot carry an annotation. A pattern is a fully qualified name where {@code *} matches
 * within one package segment and {@code **} across segments: {@code com.acme.events.**},
 * {@code com.acme.*Command}. The first matching pattern wins.
 */
public record ConfiguredKinds(List<Mapping> mappings) {

    public record Mapping(String pattern, PayloadKind kind, Pattern regex) {

        public static Mapping of(String pattern, PayloadKind kind) {
            return new Mapping(pattern, kind, Pattern.compile(toRegex(pattern)));
        }

        private static String toRegex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else if (c == '*') {
                    regex.append("[^.]*");
                } else if (c == '?') {
                    regex.append("[^.]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return regex.toString();
        }
    }

    public static final ConfiguredKinds NONE = new ConfiguredKinds(List.of());

    public ConfiguredKinds {
        mappings = List.copyOf(mappings);
    }

    public Optional<Mapping> match(String qualifiedName) {
        String dotted = qualifiedName.replace('$', '.');
        return mappings.stream().filter(m -> m.regex().matcher(dotted).matches()).findFirst();
    }
}
