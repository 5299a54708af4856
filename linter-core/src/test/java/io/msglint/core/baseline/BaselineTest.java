package io.msglint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Anchor;
import io.msglint.core.ScanResult;
import io.msglint.core.Stats;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final Stats STATS = new Stats(1, 1, 1, 0, 0, 0, false);

    /** A finding and where it sits: its member and statement. */
    private record Placed(Finding finding, Anchor anchor) {
    }

    private static Placed at(String file, int line, String payload, String member, String statement, String message) {
        Finding finding = new Finding("ML003", Severity.WARNING, new SourceLocation(file, line, 9), message,
                Optional.of("com.acme." + payload), Optional.empty(), List.of(), Channel.STORAGE_QUEUE, Optional.of("q"),
                false);
        return new Placed(finding, new Anchor("com.acme.Songs#" + member, statement));
    }

    private static Placed at(int line, String payload) {
        return at("src/A.java", line, payload, "publish", "queue.sendMessage(" + payload + ")", payload + " is an event");
    }

    private static ScanResult result(Placed... placed) {
        Map<SourceLocation, Anchor> anchors = new HashMap<>();
        List<Finding> findings = new java.util.ArrayList<>();
        for (Placed p : placed) {
            findings.add(p.finding());
            anchors.put(p.finding().location(), p.anchor());
        }
        return new ScanResult(findings, List.of(), STATS, List.of(), anchors, ScanResult.Origin.UNKNOWN, List.of(), List.of());
    }

    @Test
    void matchesIgnoringLinesAndCountsDuplicates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Baseline.of(result(at(10, "SongAdded"), at(20, "SongAdded"))).write(file);

        Baseline.Applied applied = Baseline.load(file).apply(result(at(14, "SongAdded"), at(30, "SongAdded"), at(40, "SongAdded"),
                at(50, "UserOnline")));

        assertThat(applied.matched()).isEqualTo(2);
        assertThat(applied.result().findings()).extracting(f -> f.location().line()).containsExactly(40, 50);
        assertThat(applied.stale()).isZero();
        assertThat(applied.outdated()).isFalse();
    }

    @Test
    void aNewWordingOfTheMessageKeepsTheFindingButAnotherStatementOrMemberDoesNot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Baseline.of(result(at("src/A.java", 10, "SongAdded", "publish", "queue.sendMessage(added)", "old words"))).write(file);
        Baseline baseline = Baseline.load(file);

        assertThat(baseline.apply(result(at("src/A.java", 80, "SongAdded", "publish", "queue.sendMessage(added)",
                "better words"))).matched()).isEqualTo(1);
        assertThat(baseline.apply(result(at("src/A.java", 10, "SongAdded", "publish", "queue.sendMessage(other)",
                "old words"))).matched()).isZero();
        assertThat(baseline.apply(result(at("src/A.java", 10, "SongAdded", "republish", "queue.sendMessage(added)",
                "old words"))).matched()).isZero();
        assertThat(baseline.apply(result(at("src/B.java", 10, "SongAdded", "publish", "queue.sendMessage(added)",
                "old words"))).matched()).isZero();
    }

    @Test
    void shrinksButNeverGrows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Baseline.of(result(at(10, "SongAdded"), at(20, "UserOnline"))).write(file);

        Baseline.Applied applied = Baseline.load(file).apply(result(at(10, "SongAdded"), at(60, "NewThing")));

        assertThat(applied.stale()).isEqualTo(1);
        assertThat(applied.shrunk().size()).isEqualTo(1);
        assertThat(applied.result().diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("can shrink"));
    }

    @Test
    void versionOneEntriesMatchByTheEndOfThePathAndSaySo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Placed moved = at("orders/src/main/java/com/acme/A.java", 12, "SongAdded", "publish", "s", "SongAdded is an event");
        Placed elsewhere = at("billing/src/main/java/com/acme/B.java", 12, "SongAdded", "publish", "s", "SongAdded is an event");
        Files.writeString(file, "# msglint baseline v1: ruleId\tfile\tpayload\tchannel\tentity\tmessage\n"
                + "ML003\tsrc/main/java/com/acme/A.java\tcom.acme.SongAdded\tSTORAGE_QUEUE\tq\tSongAdded is an event\n");

        Baseline.Applied applied = Baseline.load(file).apply(result(moved, elsewhere));

        assertThat(applied.matched()).isEqualTo(1);
        assertThat(applied.result().findings()).singleElement().isEqualTo(elsewhere.finding());
        assertThat(applied.outdated()).isTrue();
        assertThat(applied.result().diagnostics()).anySatisfy(d -> assertThat(d.message())
                .contains("version 1", "the end of the path", "version 2"));

        applied.shrunk().write(file);
        Baseline.Applied again = Baseline.load(file).apply(result(moved, elsewhere));
        assertThat(again.matched()).isEqualTo(1);
        assertThat(again.outdated()).isFalse();
        assertThat(Files.readAllLines(file)).element(1).asString()
                .isEqualTo(FindingIdentity.of(moved.finding(), moved.anchor()));
    }
}
