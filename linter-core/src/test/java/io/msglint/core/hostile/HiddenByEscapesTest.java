package io.msglint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code the compiler sees through Unicode escapes is code msglint sees, at the file's own lines. */
class HiddenByEscapesTest {

    @TempDir
    Path dir;

    @Test
    void aSendAfterAnEscapedLineBreakInACommentIsJudged() throws IOException {
        write("Hidden.java", """
                package app;

                import com.azure.core.credential.AzureKeyCredential;
                import com.azure.core.util.BinaryData;
                import com.azure.messaging.eventgrid.EventGridEvent;
                import com.azure.messaging.eventgrid.EventGridPublisherClient;
                import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;

                class Hidden {
                    private final EventGridPublisherClient<EventGridEvent> client = new EventGridPublisherClientBuilder()
                            .endpoint("https://example").credential(new AzureKeyCredential("k")).buildEventGridEventPublisherClient();

                    void send(Upload upload) {
                        // nothing to see \\u000a client.sendEvent(new EventGridEvent("s", "t", BinaryData.fromObject(upload), "1"));
                    }
                }
                """);

        List<Finding> findings = scan().findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ML001");
            assertThat(f.location().line()).isEqualTo(14);
        });
    }

    @Test
    void importsWrittenWithEscapesDoNotHideAFileFromThePreFilter() throws IOException {
        write("Escaped.java", """
                package app;

                import com\\u002eazure.core.credential.AzureKeyCredential;
                import com\\u002eazure.core.util.BinaryData;
                import com\\u002eazure.messaging.eventgrid.EventGridEvent;
                import com\\u002eazure.messaging.eventgrid.EventGridPublisherClient;
                import com\\u002eazure.messaging.eventgrid.EventGridPublisherClientBuilder;

                class Escaped {
                    private final EventGridPublisherClient<EventGridEvent> client = new EventGridPublisherClientBuilder()
                            .endpoint("https://example").credential(new AzureKeyCredential("k")).buildEventGridEventPublisherClient();

                    void send(Upload upload) {
                        client.sendEvent(new EventGridEvent("s", "t", BinaryData.fromObject(upload), "1"));
                    }
                }
                """);

        assertThat(scan().findings()).extracting(Finding::ruleId).containsExactly("ML001");
    }

    private void write(String name, String sender) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve(name), sender);
        Files.writeString(app.resolve("Upload.java"), """
                package app;

                @io.msglint.annotations.Message
                public record Upload(String id) {
                }
                """);
    }

    private ScanResult scan() {
        return new Msglint().scan(ScanRequest.of(List.of(dir), Fixtures.classpath()).withBaseDir(dir));
    }
}
