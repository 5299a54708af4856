package io.msglint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.msglint.core.Diagnostic;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.config.Config;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files a scan must not read whole, or at all: each skipped with a note, the rest analysed. */
@Timeout(60) // a hang guard, not a speed target
class FilesNotToReadTest {

    private static final String VIOLATION = """
            package app;

            import com.azure.messaging.servicebus.ServiceBusClientBuilder;
            import com.azure.messaging.servicebus.ServiceBusMessage;
            import com.azure.messaging.servicebus.ServiceBusSenderClient;
            import com.azure.core.util.BinaryData;

            class Announcer {
                private final ServiceBusSenderClient sender = new ServiceBusClientBuilder().connectionString("x")
                        .sender().queueName("news").buildClient();

                void announce(SongAvailable song) {
                    sender.sendMessage(new ServiceBusMessage(BinaryData.fromObject(song)));
                }
            }

            @io.msglint.annotations.Event
            record SongAvailable(String id) {
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aHugeSparseFileIsSkippedWithANoteAndTheRestIsJudged() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("app")).resolve("Announcer.java"), VIOLATION);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("Huge.java").toFile(), "rw")) {
            huge.setLength(3L << 30); // 3 GiB, almost nothing on disk
        }

        ScanResult result = scan(List.of(dir), Config.DEFAULT);

        assertThat(result.findings()).extracting(f -> f.ruleId()).containsExactly("ML003");
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).anySatisfy(d -> assertThat(d)
                .contains("Huge.java").contains("larger than scan.maxFileSizeKb (10240 KB)"));
    }

    @Test
    void theLimitIsConfigured() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("app")).resolve("Announcer.java"),
                VIOLATION + "// " + "padding ".repeat(200) + "\n");

        ScanResult result = scan(List.of(dir), Config.DEFAULT.withMaxFileSizeKb(1));

        assertThat(result.findings()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).anySatisfy(d -> assertThat(d)
                .contains("Announcer.java").contains("larger than scan.maxFileSizeKb (1 KB)"));
    }

    @Test
    void aDeviceGivenAsAJavaFileIsNotRead() throws IOException {
        Path zero = dir.resolve("Zero.java");
        Path random = dir.resolve("Random.java");
        assumeTrue(Files.exists(Path.of("/dev/zero")) && Files.exists(Path.of("/dev/urandom")), "no /dev/zero here");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        Files.createSymbolicLink(random, Path.of("/dev/urandom"));

        ScanResult result = scan(List.of(zero, random), Config.DEFAULT);

        assertThat(result.diagnostics()).extracting(Diagnostic::toString)
                .anySatisfy(d -> assertThat(d).contains("Zero.java").contains("not a regular file"))
                .anySatisfy(d -> assertThat(d).contains("Random.java").contains("not a regular file"));
    }

    @Test
    void aPipeGivenAsAJavaFileIsNotRead() throws Exception {
        Path pipe = dir.resolve("Pipe.java");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo failed here");
        Files.writeString(Files.createDirectories(dir.resolve("app")).resolve("Announcer.java"), VIOLATION);

        ScanResult result = scan(List.of(pipe, dir), Config.DEFAULT);

        assertThat(result.findings()).extracting(f -> f.ruleId()).containsExactly("ML003");
        assertThat(result.diagnostics()).extracting(Diagnostic::toString)
                .anySatisfy(d -> assertThat(d).contains("Pipe.java").contains("not a regular file"));
    }

    private ScanResult scan(List<Path> paths, Config config) {
        return new Msglint().scan(ScanRequest.of(paths, Fixtures.classpath()).withBaseDir(dir).withConfig(config));
    }
}
