package io.msglint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.report.Reporter;
import io.msglint.core.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from the scanned code cannot drive the terminal, forge a report line or make a report unwritable. */
class HostileNamesInReportsTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersAndLoneSurrogatesInAQueueNameAreShownEscapedInEveryFormat() throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("Announcer.java"), """
                package app;

                import com.azure.core.util.BinaryData;
                import com.azure.messaging.servicebus.ServiceBusClientBuilder;
                import com.azure.messaging.servicebus.ServiceBusMessage;
                import com.azure.messaging.servicebus.ServiceBusSenderClient;

                class Announcer {
                    private final ServiceBusSenderClient sender = new ServiceBusClientBuilder().connectionString("x")
                            .sender().queueName("news\\u001b[31m\\nFAKE: error [ML999] \\uD800").buildClient();

                    void announce(SongAvailable song) {
                        sender.sendMessage(new ServiceBusMessage(BinaryData.fromObject(song)));
                    }
                }
                """);
        Files.writeString(app.resolve("SongAvailable.java"), """
                package app;

                @io.msglint.annotations.Event
                public record SongAvailable(String id) {
                }
                """);
        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(dir), Fixtures.classpath()).withBaseDir(dir));
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.entity()).hasValueSatisfying(
                entity -> assertThat(entity).contains("\u001b").contains("\uD800")));

        for (String format : Reporter.FORMATS) {
            String report = Reporter.named(format).format(result);
            Path file = dir.resolve("report." + format);

            Files.writeString(file, report, StandardCharsets.UTF_8); // a lone surrogate would make this throw

            assertThat(report).as(format).doesNotContain("\u001b").doesNotContain("\uD800");
            assertThat(report.lines()).as(format).noneMatch(line -> line.startsWith("FAKE"));
        }
    }
}
