package io.msglint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiver's mismatch (ML012) is held back while the send's ML001 says the same; once a baseline
 * accepts the send's finding, the receiver's stands, unless the baseline accepted it too.
 */
class HeldBackBehindABaselineTest {

    private final ScanResult scan = Fixtures.scan(Fixtures.folder("ml012"));

    @Test
    void theReceiversMismatchStandsOnceTheSendsIsBaselined(@TempDir Path dir) throws IOException {
        List<Finding> sends = scan.findings().stream().filter(f -> f.ruleId().equals("ML001")).toList();
        assertThat(scan.heldBack()).isNotEmpty().allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("ML012"));
        assertThat(sends).isNotEmpty();
        Path file = dir.resolve("baseline.txt");
        Baseline.of(scan.with(sends, List.of())).write(file);

        List<Finding> left = Baseline.load(file).apply(scan).result().findings();

        assertThat(left).doesNotContainAnyElementsOf(sends).containsAll(scan.heldBack());
    }

    @Test
    void aBaselineOfTheWholeScanAcceptsTheHeldBackFindingsToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Baseline.of(scan).write(file);

        Baseline.Applied applied = Baseline.load(file).apply(scan);

        assertThat(applied.result().findings()).isEmpty();
        assertThat(applied.stale()).isZero();
    }
}
