package io.msglint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.ScanResult;
import io.msglint.core.Stats;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static Finding at(int line, String payload) {
        return new Finding("ML003", Severity.WARNING, new SourceLocation("src/A.java", line, 9), payload + " is an event",
                Optional.of("com.acme." + payload), Optional.empty(), List.of(), Channel.STORAGE_QUEUE, Optional.of("q"), false);
    }

    private static ScanResult result(Finding... findings) {
        return new ScanResult(List.of(findings), List.of(), new Stats(1, 1, 1, 0, 0, 0, false));
    }

    @Test
    void matchesIgnoringLinesAndCountsDuplicates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Baseline.of(List.of(at(10, "SongAdded"), at(20, "SongAdded"))).write(file);

        Baseline.Applied applied = Baseline.load(file).apply(result(at(14, "SongAdded"), at(30, "SongAdded"), at(40, "SongAdded"),
                at(50, "UserOnline")));

        assertThat(applied.matched()).isEqualTo(2);
        assertThat(applied.result().findings()).extracting(f -> f.location().line()).containsExactly(40, 50);
        assertThat(applied.stale()).isZero();
    }

    @Test
    void shrinksButNeverGrows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Baseline.of(List.of(at(10, "SongAdded"), at(20, "UserOnline"))).write(file);

        Baseline.Applied applied = Baseline.load(file).apply(result(at(10, "SongAdded"), at(60, "NewThing")));

        assertThat(applied.stale()).isEqualTo(1);
        assertThat(applied.shrunk().size()).isEqualTo(1);
        assertThat(applied.result().diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("can shrink"));
    }
}
