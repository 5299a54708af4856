package io.msglint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.ScanResult;
import io.msglint.core.Stats;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy both front ends share: created outside CI only, rewritten (smaller, or newer) outside CI only. */
class BaselineFileTest {

    private static Finding event(String payload) {
        return new Finding("ML003", Severity.WARNING, new SourceLocation("src/A.java", 10, 9), payload + " is an event",
                Optional.of("com.acme." + payload), Optional.empty(), List.of(), Channel.STORAGE_QUEUE, Optional.of("q"), false);
    }

    private static ScanResult result(Finding... findings) {
        return new ScanResult(List.of(findings), List.of(), new Stats(1, 1, 1, 0, 0, 0, false));
    }

    @Test
    void ciMayNotCreateAMissingBaseline(@TempDir Path dir) {
        Path file = dir.resolve("baseline.txt");

        BaselineFile.Outcome outcome = BaselineFile.apply(file, result(event("SongAdded")), true);

        assertThat(outcome.result()).isEmpty();
        assertThat(outcome.messages()).singleElement().asString().contains("CI may not create one");
        assertThat(file).doesNotExist();
    }

    @Test
    void aLocalRunCreatesItAndItsFindingsPass(@TempDir Path dir) {
        Path file = dir.resolve("baseline.txt");

        BaselineFile.Outcome outcome = BaselineFile.apply(file, result(event("SongAdded")), false);

        assertThat(file).exists();
        assertThat(outcome.result()).hasValueSatisfying(r -> assertThat(r.findings()).isEmpty());
        assertThat(outcome.messages()).singleElement().asString().contains("created baseline", "1 finding");
    }

    @Test
    void staleEntriesAreDroppedOutsideCiButNeverInCi(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Baseline.of(result(event("SongAdded"), event("UserOnline"))).write(file);
        String before = Files.readString(file);

        BaselineFile.Outcome inCi = BaselineFile.apply(file, result(event("SongAdded"), event("NewThing")), true);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(inCi.result()).hasValueSatisfying(r -> assertThat(r.findings()).extracting(Finding::message)
                .containsExactly("NewThing is an event"));

        BaselineFile.apply(file, result(event("SongAdded"), event("NewThing")), false);
        assertThat(Baseline.load(file).size()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoBaselineIsNeitherReadNorWrittenOver(@TempDir Path dir) throws IOException {
        Path pom = dir.resolve("pom.xml");
        String project = "<project>\n  <modelVersion>4.0.0</modelVersion>\n</project>\n";
        Files.writeString(pom, project);

        BaselineFile.Outcome outcome = BaselineFile.apply(pom, result(event("SongAdded")), false);

        assertThat(outcome.result()).isEmpty();
        assertThat(outcome.messages()).singleElement().asString().contains("is not a msglint baseline");
        assertThat(Files.readString(pom)).isEqualTo(project);
    }

    @Test
    void aBaselineWithoutAVersionIsVersionOneAndStillRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Files.writeString(file, "# msglint baseline: ruleId\tfile\tpayload\tchannel\tentity\tmessage\n"
                + versionOne(event("SongAdded")) + "\n");

        BaselineFile.Outcome outcome = BaselineFile.apply(file, result(event("SongAdded")), true);

        assertThat(outcome.result()).hasValueSatisfying(r -> assertThat(r.findings()).isEmpty());
    }

    @Test
    void aVersionOneBaselineIsRewrittenInTheCurrentVersionOutsideCiOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        String v1 = "# msglint baseline v1: ruleId\tfile\tpayload\tchannel\tentity\tmessage\n"
                + versionOne(event("SongAdded")) + "\n";
        Files.writeString(file, v1);

        BaselineFile.apply(file, result(event("SongAdded")), true);
        assertThat(Files.readString(file)).isEqualTo(v1);

        BaselineFile.Outcome local = BaselineFile.apply(file, result(event("SongAdded")), false);
        assertThat(local.messages()).singleElement().asString().contains("rewrote baseline", "1 matching finding");
        assertThat(Files.readAllLines(file).get(0)).startsWith("# msglint baseline v2: ");
        assertThat(BaselineFile.apply(file, result(event("SongAdded")), true).result())
                .hasValueSatisfying(r -> assertThat(r.findings()).isEmpty());
    }

    /** A finding as version 1 named it. */
    private static String versionOne(Finding f) {
        return String.join("\t", f.ruleId(), f.location().file(), f.payload().orElse(""), f.channel().name(),
                f.entity().orElse(""), f.message());
    }

    @Test
    void aWrittenBaselineSaysItsVersionAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");

        BaselineFile.apply(file, result(event("SongAdded")), false);

        assertThat(Files.readAllLines(file).get(0)).startsWith("# msglint baseline v2: ");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
