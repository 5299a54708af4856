package io.msglint.core.spring;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A module's Spring Boot configuration as msglint reads it: every property of its
 * {@code application} files and active profiles, the later overriding the earlier, looked up
 * with Spring's relaxed binding ({@code entity-type}, {@code entityType} and {@code ENTITY_TYPE}
 * are one name) and with {@code ${name:default}} placeholders resolved against the same files.
 * What the files do not say (a placeholder without a default, set only in the environment) is
 * absent, never guessed.
 */
public final class SpringConfig {

    /** A configuration with no properties: a module without Spring configuration files. */
    public static final SpringConfig EMPTY = new SpringConfig(Map.of());

    /** Nested placeholders deeper than this are taken as a cycle. */
    private static final int MAX_DEPTH = 16;

    /** Canonical key to the raw value, as written. */
    private final Map<String, String> values;

    SpringConfig(Map<String, String> canonicalValues) {
        this.values = Map.copyOf(canonicalValues);
    }

    /** The configuration with these properties, given with their names as written. */
    public static SpringConfig of(Map<String, String> properties) {
        Map<String, String> canonical = new HashMap<>();
        properties.forEach((key, value) -> canonical.put(canonical(key), value));
        return new SpringConfig(canonical);
    }

    /** This configuration overridden by another's values. */
    SpringConfig overriddenBy(Map<String, String> properties) {
        Map<String, String> merged = new HashMap<>(values);
        properties.forEach((key, value) -> merged.put(canonical(key), value));
        return new SpringConfig(merged);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The value of a property, placeholders resolved; empty when not set or not resolvable here. */
    public Optional<String> get(String name) {
        String raw = values.get(canonical(name));
        return raw == null ? Optional.empty() : resolve(raw);
    }

    /** A text with {@code ${...}} placeholders resolved against this configuration; empty when one cannot be. */
    public Optional<String> resolve(String text) {
        return resolve(text, 0);
    }

    /** Whether any property lies under this prefix ({@code spring.jms.servicebus}). */
    public boolean has(String prefix) {
        String canonical = canonical(prefix);
        for (String key : values.keySet()) {
            if (key.equals(canonical) || key.startsWith(canonical + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The names one level under a prefix, in canonical form: the bindings under {@code spring.cloud.stream.bindings}. */
    public Set<String> children(String prefix) {
        String start = canonical(prefix) + ".";
        Set<String> names = new TreeSet<>();
        for (String key : values.keySet()) {
            if (key.startsWith(start)) {
                String rest = key.substring(start.length());
                int dot = rest.indexOf('.');
                names.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return names;
    }

    private Optional<String> resolve(String text, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = text.indexOf("${", at);
            if (open < 0) {
                out.append(text, at, text.length());
                return Optional.of(out.toString().strip());
            }
            int close = matchingBrace(text, open + 2);
            if (close < 0) {
                return Optional.empty();
            }
            out.append(text, at, open);
            Optional<String> value = placeholder(text.substring(open + 2, close), depth);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            out.append(value.get());
            at = close + 1;
        }
    }

    /** {@code name:default}: the property's value, else the default (resolved in turn). */
    private Optional<String> placeholder(String inside, int depth) {
        int colon = topLevelColon(inside);
        String name = colon < 0 ? inside : inside.substring(0, colon);
        String raw = values.get(canonical(name.strip()));
        if (raw != null) {
            return resolve(raw, depth + 1);
        }
        return colon < 0 ? Optional.empty() : resolve(inside.substring(colon + 1), depth + 1);
    }

    private static int matchingBrace(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    private static int topLevelColon(String inside) {
        int depth = 0;
        for (int i = 0; i < inside.length(); i++) {
            if (inside.startsWith("${", i)) {
                depth++;
                i++;
            } else if (inside.charAt(i) == '}') {
                depth--;
            } else if (inside.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Spring's relaxed binding, as one form: each dot-separated part lower-cased, its dashes and
     * underscores dropped ({@code entity-type}, {@code entityType} and {@code ENTITY_TYPE} alike).
     * An environment-style name with no dots ({@code SPRING_JMS_SERVICEBUS_NAMESPACE}) is read as
     * its dotted form.
     */
    static String canonical(String name) {
        String dotted = name.indexOf('.') < 0 && name.indexOf('_') > 0 && name.equals(name.toUpperCase(Locale.ROOT))
                ? name.replace('_', '.') : name;
        StringBuilder out = new StringBuilder(dotted.length());
        for (int i = 0; i < dotted.length(); i++) {
            char c = dotted.charAt(i);
            if (c != '-' && c != '_') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
