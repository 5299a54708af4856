package io.msglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never stops a scan: it becomes a diagnostic and everything else is analysed. */
class RobustnessTest {

    private static final Path UNCOMPILED = Path.of("src/test/uncompiled/broken");

    @Test
    void syntaxErrorBesideAViolationGivesADiagnosticAndTheFinding() {
        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(UNCOMPILED), Fixtures.classpath()));

        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("Broken.java");
            assertThat(d.message()).startsWith("cannot parse");
        });
        assertThat(result.findings()).extracting(f -> f.location().file() + ":" + f.location().line() + " " + f.ruleId())
                .containsExactly("ModernSyntax.java:28 ML001");
    }

    @Test
    void payloadFromAClassFolderKeepsItsDeclaration() {
        // ModernSyntax's payload, SongUpload, is not among the scanned sources: only target/test-classes has it.
        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(UNCOMPILED.resolve("ModernSyntax.java")),
                List.of(Path.of("target/test-classes"))).withBaseDir(UNCOMPILED));

        Finding finding = result.findings().get(0);
        assertThat(finding.ruleId()).isEqualTo("ML001");
        assertThat(finding.evidence()).contains("@Message on fixtures.payloads.SongUpload");
    }

    @Test
    void missingClasspathIsOneDiagnosticWithTheFix(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Sender.java"), """
                import com.azure.messaging.servicebus.ServiceBusClientBuilder;
                class Sender {
                    void send() {
                        var sender = new ServiceBusClientBuilder().sender().queueName("q").buildClient();
                        sender.sendMessage(null);
                        var other = new ServiceBusClientBuilder().sender().topicName("t").buildAsyncClient();
                        other.sendMessages(null);
                    }
                }
                """);

        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(dir), List.of()));

        assertThat(result.findings()).isEmpty();
        assertThat(result.diagnostics()).filteredOn(d -> d.message().contains("could not be resolved"))
                .singleElement().satisfies(d -> assertThat(d.message())
                        .startsWith("2 candidate Azure SDK calls").contains("dependency:build-classpath"));
    }

    @Test
    void oddEncodingsAndEmptyFilesAreNotes(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("Latin.java"), "import com.azure.messaging.servicebus.*; class Latin { String s = \"caf\u00e9\"; }"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("Empty.java"), "");

        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(dir), List.of()));

        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("ISO-8859-1"));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void deeplyNestedCodeDoesNotCrashTheRun(@TempDir Path dir) throws IOException {
        String deep = "1" + " + 1".repeat(20_000);
        Files.writeString(dir.resolve("Deep.java"),
                "import com.azure.messaging.servicebus.*;\nclass Deep { int x = " + deep + "; }\n");

        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(dir), List.of()));

        assertThat(result.stats().filesScanned()).isEqualTo(1);
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        List<Path> all = List.of(Fixtures.ROOT);
        ScanRequest request = ScanRequest.of(all, Fixtures.classpath()).withBaseDir(Fixtures.ROOT.getParent());

        ScanResult one = new Msglint().scan(request.withThreads(1));
        ScanResult four = new Msglint().scan(request.withThreads(4));

        assertThat(four.findings()).isEqualTo(one.findings());
        assertThat(four.diagnostics()).isEqualTo(one.diagnostics());
        assertThat(one.findings()).hasSizeGreaterThan(10);
    }
}
