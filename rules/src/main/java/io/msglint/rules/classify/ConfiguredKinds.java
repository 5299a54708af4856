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

    /** One class-name pattern and its kind. */
    public record Mapping(String pattern, PayloadKind kind) {

        public static Mapping of(String pattern, PayloadKind kind) {
            return new Mapping(pattern, kind);
        }

        /** Whether the dotted name matches: {@code **} any characters, {@code *} any but '.', {@code ?} one but '.'. */
        public boolean matches(String name) {
            return new Glob(pattern, '.').matches(name);
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
