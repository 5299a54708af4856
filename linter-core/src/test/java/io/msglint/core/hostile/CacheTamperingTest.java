package io.msglint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Diagnostic;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A cache is never trusted over the code: a damaged one is discarded, and one shared by two trees serves each its own. */
@Timeout(300) // a hang guard, not a speed target
class CacheTamperingTest {

    private static final String SENDER = """
            package app;

            import com.azure.core.credential.AzureKeyCredential;
            import com.azure.core.util.BinaryData;
            import com.azure.messaging.eventgrid.EventGridEvent;
            import com.azure.messaging.eventgrid.EventGridPublisherClient;
            import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;

            class Sender {
                private final EventGridPublisherClient<EventGridEvent> client = new EventGridPublisherClientBuilder()
                        .endpoint("https://example").credential(new AzureKeyCredential("k")).buildEventGridEventPublisherClient();

                void send(Upload upload) {
                    client.sendEvent(new EventGridEvent("s", "t", BinaryData.fromObject(upload), "1"));
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void everyFlippedByteOfTheCacheGivesTheColdResult() throws IOException {
        Path tree = tree("tree", "Message");
        Path cache = work.resolve("cache");
        ScanResult cold = scan(tree, Optional.empty());
        assertThat(cold.findings()).extracting(f -> f.ruleId()).containsExactly("ML001");
        scan(tree, Optional.of(cache));
        Path file;
        try (var files = Files.list(cache)) {
            file = files.filter(f -> f.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(file);

        for (int i = 0; i < good.length; i++) {
            byte[] damaged = good.clone();
            damaged[i] ^= (byte) 0xFF;
            Files.write(file, damaged);

            ScanResult result = scan(tree, Optional.of(cache));

            assertThat(result.findings()).as("byte %d of %d flipped", i, good.length).isEqualTo(cold.findings());
            if (i >= 8) { // past the marker and the format: the checksum tells
                assertThat(result.diagnostics()).extracting(Diagnostic::message).as("byte %d", i)
                        .anySatisfy(m -> assertThat(m).contains("was damaged"));
            }
        }
    }

    @Test
    void oneCacheForTwoCheckoutsServesEachItsOwnPayloadTypes() throws IOException {
        Path messages = tree("checkout-a", "Message");
        Path events = tree("checkout-b", "Event");
        Path cache = work.resolve("shared-cache");
        ScanResult coldEvents = scan(events, Optional.empty());

        scan(messages, Optional.of(cache));
        ScanResult sharedEvents = scan(events, Optional.of(cache));
        ScanResult sharedMessages = scan(messages, Optional.of(cache));

        assertThat(sharedEvents.findings()).isEqualTo(coldEvents.findings()).noneMatch(f -> f.ruleId().equals("ML001"));
        assertThat(sharedMessages.findings()).extracting(f -> f.ruleId()).containsExactly("ML001");
    }

    private Path tree(String name, String kind) throws IOException {
        Path app = Files.createDirectories(work.resolve(name).resolve("src/app"));
        Files.writeString(app.resolve("Sender.java"), SENDER);
        Files.writeString(app.resolve("Upload.java"), """
                package app;

                @io.msglint.annotations.%s
                public record Upload(String id) {
                }
                """.formatted(kind));
        return work.resolve(name);
    }

    private static ScanResult scan(Path tree, Optional<Path> cache) {
        return new Msglint().scan(ScanRequest.of(List.of(tree.resolve("src")), Fixtures.classpath())
                .withBaseDir(tree).withCache(cache));
    }
}
