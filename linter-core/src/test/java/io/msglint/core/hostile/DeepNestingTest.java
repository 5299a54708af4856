package io.msglint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payload type whose source nests deeply: read with the stack it needs, and when even that is
 * not enough, never quietly reclassified.
 */
@Timeout(120) // a hang guard, not a speed target
class DeepNestingTest {

    private static final String SENDER = """
            package deep;

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
    Path dir;

    @Test
    void aPayloadTypeNestedSixHundredDeepIsReadAndJudged() throws IOException {
        ScanResult result = scanWithUploadNested(600);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ML001");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void aPayloadTypeTooDeepToReadIsAWarningThatSaysSo() throws IOException {
        // However deep the stack, a deeper file exists: a small stack makes this one that file.
        ScanResult result;
        System.setProperty("msglint.stackMb", "2");
        try {
            result = scanWithUploadNested(100_000);
        } finally {
            System.clearProperty("msglint.stackMb");
        }

        List<Finding> findings = result.findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ML013");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("could not read deep.Upload").contains("nests too deeply");
        });
    }

    private ScanResult scanWithUploadNested(int depth) throws IOException {
        Path source = dir.resolve("deep");
        Files.createDirectories(source);
        Files.writeString(source.resolve("Sender.java"), SENDER);
        String nested = "(".repeat(depth) + "1" + ")".repeat(depth);
        Files.writeString(source.resolve("Upload.java"), """
                package deep;

                @io.msglint.annotations.Message
                public record Upload(String id) {
                    static final int WEIGHT = %s;
                }
                """.formatted(nested));
        return new Msglint().scan(ScanRequest.of(List.of(dir), Fixtures.classpath()).withBaseDir(dir));
    }
}
