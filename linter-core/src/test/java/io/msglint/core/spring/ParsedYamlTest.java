package io.msglint.core.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML file parsed once is recalled on the next run from the cache folder, by its text; a damaged cache is none. */
class ParsedYamlTest {

    private static final String YAML = "spring:\n  profiles.active: cloud\nqueues:\n  orders: orders\n";

    @Test
    void aFileParsedOnOneRunIsRecalledOnTheNext(@TempDir Path cache) {
        List<ConfigFiles.Document> documents = List.of(new ConfigFiles.Document(
                Map.of("spring.profiles.active", "cloud", "queues.orders", "orders"), Optional.empty()));
        ParsedYaml first = ParsedYaml.in(Optional.of(cache));
        assertThat(first.lookup(YAML)).isEmpty();
        first.remember(YAML, documents);
        first.save();

        ParsedYaml next = ParsedYaml.in(Optional.of(cache));

        assertThat(next.lookup(YAML)).hasValueSatisfying(d -> assertThat(d).singleElement()
                .satisfies(doc -> assertThat(doc.properties()).containsEntry("queues.orders", "orders")));
        assertThat(next.lookup(YAML + "# edited\n")).as("another text").isEmpty();
    }

    @Test
    void aDamagedCacheIsNoCache(@TempDir Path cache) throws IOException {
        ParsedYaml first = ParsedYaml.in(Optional.of(cache));
        first.remember(YAML, List.of(new ConfigFiles.Document(Map.of("a", "b"), Optional.empty())));
        first.save();
        Path file;
        try (var files = Files.list(cache)) {
            file = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x5A;
        Files.write(file, bytes);

        assertThat(ParsedYaml.in(Optional.of(cache)).lookup(YAML)).isEmpty();
    }

    @Test
    void theConfigurationReadThroughTheCacheIsTheSame(@TempDir Path cache, @TempDir Path resources) throws IOException {
        Files.writeString(resources.resolve("application.yml"), YAML + "---\nspring.config.activate.on-profile: cloud\n"
                + "queues:\n  orders: cloud-orders\n");
        ParsedYaml first = ParsedYaml.in(Optional.of(cache));
        SpringConfig parsed = ConfigFiles.load(resources, List.of(), (f, p) -> { }, first);
        first.save();

        SpringConfig recalled = ConfigFiles.load(resources, List.of(), (f, p) -> { }, ParsedYaml.in(Optional.of(cache)));

        assertThat(recalled.get("queues.orders")).contains("cloud-orders").isEqualTo(parsed.get("queues.orders"));
    }
}
