package io.msglint.core.spring;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a module's {@code application.yml}, {@code .yaml} and {@code .properties} as Spring Boot
 * does: the base files, then the files of each active profile (those {@code spring.profiles.active}
 * names, then those given), a later file overriding an earlier one and {@code .properties} an
 * {@code .yml} beside it; YAML documents activated by {@code spring.config.activate.on-profile}
 * count only when their profile is active. YAML is read by SnakeYAML Engine, with its limits on
 * size and aliases; nothing in a file is ever instantiated.
 */
public final class ConfigFiles {

    private static final List<String> EXTENSIONS = List.of("yaml", "yml", "properties");
    /** Far beyond any configuration file; a larger one is not read. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private ConfigFiles() {
    }

    /**
     * The configuration in a resources folder.
     *
     * @param profiles profiles to activate beyond those the files name
     * @param problems told of each file that cannot be read: the file and what is wrong, with its line
     */
    public static SpringConfig load(Path folder, List<String> profiles, BiConsumer<Path, String> problems) {
        return load(folder, profiles, problems, ParsedYaml.NONE);
    }

    /** The same, taking YAML files already parsed on an earlier run from {@code parsed}. */
    static SpringConfig load(Path folder, List<String> profiles, BiConsumer<Path, String> problems, ParsedYaml parsed) {
        List<Document> base = new ArrayList<>();
        for (String extension : EXTENSIONS) {
            base.addAll(read(folder.resolve("application." + extension), problems, parsed));
        }
        Map<String, String> merged = new LinkedHashMap<>();
        for (Document document : base) {
            if (document.profile().isEmpty()) {
                merged.putAll(document.properties());
            }
        }
        Set<String> active = new LinkedHashSet<>();
        SpringConfig baseConfig = SpringConfig.of(merged);
        for (String key : List.of("spring.profiles.active", "spring.profiles.include")) {
            baseConfig.get(key).ifPresent(value -> active.addAll(names(value)));
        }
        active.addAll(profiles);
        for (Document document : base) {
            if (document.profile().isPresent() && activates(document.profile().get(), active)) {
                merged.putAll(document.properties());
            }
        }
        for (String profile : active) {
            for (String extension : EXTENSIONS) {
                for (Document document : read(folder.resolve("application-" + profile + "." + extension), problems,
                        parsed)) {
                    if (document.profile().isEmpty() || activates(document.profile().get(), active)) {
                        merged.putAll(document.properties());
                    }
                }
            }
        }
        return SpringConfig.of(merged);
    }

    /** One document of a file: its properties, flattened, and the profile that activates it, if any. */
    record Document(Map<String, String> properties, Optional<String> profile) {

        Document {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    private static List<Document> read(Path file, BiConsumer<Path, String> problems, ParsedYaml parsed) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.accept(file, "larger than " + MAX_BYTES / (1024 * 1024) + " MB: not read");
                return List.of();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.getFileName().toString().endsWith(".properties")) {
                return List.of(properties(text));
            }
            // SnakeYAML costs a fresh JVM tens of milliseconds to load: a file parsed before is recalled.
            Optional<List<Document>> known = parsed.lookup(text);
            if (known.isPresent()) {
                return known.get();
            }
            List<Document> documents = yaml(text);
            parsed.remember(text, documents);
            return documents;
        } catch (MarkedYamlEngineException e) {
            String line = e.getProblemMark().map(m -> "line " + (m.getLine() + 1) + ": ").orElse("");
            problems.accept(file, line + "cannot read it as YAML: " + e.getProblem());
        } catch (YamlEngineException | IllegalArgumentException | ClassCastException e) {
            problems.accept(file, "cannot read it: " + e.getMessage());
        } catch (IOException e) {
            problems.accept(file, "cannot read it: " + e.getMessage());
        } catch (StackOverflowError e) {
            problems.accept(file, "it nests too deeply to read");
        }
        return List.of();
    }

    private static Document properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            values.put(name, properties.getProperty(name));
        }
        return new Document(values, profileOf(values));
    }

    private static List<Document> yaml(String text) {
        Load load = new Load(LoadSettings.builder().setLabel("configuration").build());
        List<Document> documents = new ArrayList<>();
        for (Object root : load.loadAllFromString(text)) {
            Map<String, String> values = new LinkedHashMap<>();
            flatten("", root, values);
            documents.add(new Document(values, profileOf(values)));
        }
        return documents;
    }

    /** Nested maps as dotted names, lists as {@code [i]}, as Spring flattens them. */
    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                flatten(prefix.isEmpty() ? key : prefix + "." + key, entry.getValue(), into);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
            // A list of scalars also reads as one comma-separated value, as Spring binds it.
            if (!list.isEmpty() && list.stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
                into.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
            }
        } else if (!prefix.isEmpty()) {
            into.put(prefix, node == null ? "" : String.valueOf(node));
        }
    }

    static Optional<String> profileOf(Map<String, String> values) {
        String profile = SpringConfig.of(values).get("spring.config.activate.on-profile")
                .or(() -> SpringConfig.of(values).get("spring.profiles")).orElse("");
        return profile.isBlank() ? Optional.empty() : Optional.of(profile.strip());
    }

    /** {@code prod}, {@code !prod}, {@code prod,cloud} (any of them). */
    private static boolean activates(String expression, Set<String> active) {
        for (String name : names(expression)) {
            boolean negated = name.startsWith("!");
            String profile = negated ? name.substring(1).strip() : name;
            if (active.contains(profile) != negated) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(String value) {
        List<String> names = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }
}
