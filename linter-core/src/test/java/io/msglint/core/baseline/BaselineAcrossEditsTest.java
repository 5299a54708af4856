package io.msglint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Anchor;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding's identity survives the edits that do not touch it (lines added above, comments and
 * layout inside its statement, a warm cache) and changes with the ones that do (another statement,
 * another method).
 */
class BaselineAcrossEditsTest {

    private static final String EVENT = """
            package shop;

            import io.msglint.annotations.Event;

            @Event
            public record SongAdded(String id) {
            }
            """;

    private static final String SENDER = """
            package shop;

            import com.azure.core.util.BinaryData;
            import com.azure.storage.queue.QueueClient;

            class Songs {
            %s
                private final QueueClient queue;

                Songs(QueueClient queue) {
                    this.queue = queue;
                }

                void %s(SongAdded added) {
                    %s
                }
            }
            """;

    private static final String SEND = "queue.sendMessage(BinaryData.fromObject(added));";

    @TempDir
    Path dir;

    @Test
    void aBaselinedFindingStaysMatchedWhenCodeAboveItAndItsLayoutChange() throws IOException {
        ScanResult before = scan("", "publish", SEND, Optional.empty());
        Finding finding = only(before);
        Anchor anchor = before.anchorOf(finding);
        assertThat(anchor.member()).isEqualTo("shop.Songs#publish");
        assertThat(anchor.statement()).isNotEmpty();

        ScanResult moved = scan("    // a field\n    private final int retries = 3;\n\n", "publish",
                "queue.sendMessage( // the event\n            BinaryData.fromObject( added ) );", Optional.empty());
        assertThat(only(moved).location().line()).isGreaterThan(finding.location().line());

        Path baseline = dir.resolve("msglint-baseline.txt");
        Baseline.of(before).write(baseline);
        assertThat(Baseline.load(baseline).apply(moved).matched()).isEqualTo(1);
    }

    @Test
    void anotherStatementOrMethodIsAnotherFinding() throws IOException {
        Path baseline = dir.resolve("msglint-baseline.txt");
        Baseline.of(scan("", "publish", SEND, Optional.empty())).write(baseline);

        ScanResult otherStatement = scan("", "publish", "queue.sendMessage(BinaryData.fromObject(new SongAdded(added.id())));",
                Optional.empty());
        ScanResult otherMethod = scan("", "announce", SEND, Optional.empty());

        assertThat(Baseline.load(baseline).apply(otherStatement).matched()).isZero();
        assertThat(Baseline.load(baseline).apply(otherMethod).matched()).isZero();
    }

    @Test
    void aWarmCacheGivesTheSameAnchors() throws IOException {
        Path cache = dir.resolve("cache");
        ScanResult cold = scan("", "publish", SEND, Optional.of(cache));
        ScanResult warm = scan("", "publish", SEND, Optional.of(cache));

        assertThat(cold.anchors()).isNotEmpty().isEqualTo(warm.anchors());
    }

    private ScanResult scan(String fields, String method, String statement, Optional<Path> cache) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(sources.resolve("SongAdded.java"), EVENT);
        Files.writeString(sources.resolve("Songs.java"), SENDER.formatted(fields, method, statement));
        return new Msglint().scan(ScanRequest.of(List.of(dir.resolve("src")), Fixtures.classpath()).withBaseDir(dir)
                .withCache(cache));
    }

    private static Finding only(ScanResult result) {
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("ML003");
        return result.findings().get(0);
    }
}
