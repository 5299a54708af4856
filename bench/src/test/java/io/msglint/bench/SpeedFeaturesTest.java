package io.msglint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every speed feature is an optimisation only: pre-filter, cache and parallelism, on or off,
 * give exactly the same findings and diagnostics, and exactly the findings the generator planted.
 */
class SpeedFeaturesTest {

    @TempDir
    static Path corpus;

    private static CorpusGenerator.Result generated;

    @BeforeAll
    static void generate() throws IOException {
        generated = CorpusGenerator.generate(corpus, 400, 0.1, 7);
        age();
    }

    /** Files an hour old, as in a working tree: the cache does not vouch for files as recent as itself. */
    private static void age() throws IOException {
        dateEveryFile(FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }

    private static void dateEveryFile(FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, time);
            }
        }
    }

    private static ScanRequest request(boolean preFilter, Optional<Path> cache, int threads) {
        return ScanRequest.of(List.of(corpus.resolve("src")), List.of()).withBaseDir(corpus)
                .withPreFilter(preFilter).withSkipIrrelevantBodies(preFilter).withCache(cache).withThreads(threads);
    }

    private static List<String> found(ScanResult result) {
        return result.findings().stream().map(f -> f.location().file() + ":" + f.location().line() + " " + f.ruleId())
                .sorted().toList();
    }

    @Test
    void findsExactlyWhatWasPlanted() {
        ScanResult result = new Msglint().scan(request(true, Optional.empty(), 2));

        assertThat(found(result)).containsExactlyElementsOf(generated.planted().stream().map(Object::toString).toList());
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void everyCombinationGivesTheSameResult(@TempDir Path cacheDir) {
        ScanResult reference = new Msglint().scan(request(false, Optional.empty(), 1));
        for (boolean preFilter : new boolean[] {true, false}) {
            for (int threads : new int[] {1, 4}) {
                for (int run = 0; run < 2; run++) {
                    Optional<Path> cache = run == 0 ? Optional.empty() : Optional.of(cacheDir.resolve(preFilter + "-" + threads));
                    for (int pass = 0; pass < 2; pass++) {
                        ScanResult result = new Msglint().scan(request(preFilter, cache, threads));
                        String label = "preFilter=" + preFilter + " threads=" + threads + " cache=" + cache + " pass=" + pass;
                        assertThat(result.findings()).as(label).isEqualTo(reference.findings());
                        assertThat(result.diagnostics()).as(label).isEqualTo(reference.diagnostics());
                    }
                }
            }
        }
        assertThat(reference.stats().filesParsed()).isEqualTo(reference.stats().filesScanned());
    }

    @Test
    void anEditKeepingSizeAndTimeIsSeenWhenTheFileIsAsRecentAsTheCache(@TempDir Path cacheDir) throws IOException {
        // A file system with coarse timestamps can keep both through an edit made in the same tick.
        CorpusGenerator.Planted planted = generated.planted().get(0);
        Path sender = corpus.resolve(planted.file());
        String original = Files.readString(sender);
        FileTime recent = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
        Optional<Path> cache = Optional.of(cacheDir);
        try {
            Files.setLastModifiedTime(sender, recent);
            ScanResult before = new Msglint().scan(request(true, cache, 2));
            List<String> lines = new ArrayList<>(List.of(original.split("\n", -1)));
            String send = lines.get(planted.line() - 1);
            lines.set(planted.line() - 1, send.replaceFirst("^  ( *)", "$1//")); // same size: the send is gone
            Files.writeString(sender, String.join("\n", lines));
            Files.setLastModifiedTime(sender, recent);

            ScanResult after = new Msglint().scan(request(true, cache, 2));

            assertThat(found(before)).contains(planted.toString());
            assertThat(Files.size(sender)).isEqualTo(original.length());
            assertThat(found(after)).doesNotContain(planted.toString());
            assertThat(after.findings()).isEqualTo(new Msglint().scan(request(true, Optional.empty(), 2)).findings());
        } finally {
            Files.writeString(sender, original);
        }
    }

    @Test
    void aFreshCheckoutNewTimesSameContentParsesNothingAndNeedsNoTypeSolver(@TempDir Path cacheDir) throws IOException {
        age();
        Optional<Path> cache = Optional.of(cacheDir);
        ScanResult cold = new Msglint().scan(request(true, cache, 2));
        dateEveryFile(FileTime.fromMillis(System.currentTimeMillis() - 1_800_000)); // as a new checkout would
        try {
            ScanResult checkout = new Msglint().scan(request(true, cache, 2));

            assertThat(checkout.stats().filesParsed()).isZero();
            assertThat(checkout.stats().resolveMillis()).as("payload types vouched for by content").isZero();
            assertThat(checkout.stats().linkedEarly()).isTrue();
            assertThat(checkout.findings()).isEqualTo(cold.findings());
            assertThat(checkout.diagnostics()).isEqualTo(cold.diagnostics());
        } finally {
            age();
        }
    }

    @Test
    void warmRunParsesNothingAndSeesEdits(@TempDir Path cacheDir) throws IOException {
        age();
        Optional<Path> cache = Optional.of(cacheDir);
        ScanResult cold = new Msglint().scan(request(true, cache, 2));
        ScanResult warm = new Msglint().scan(request(true, cache, 2));

        assertThat(warm.stats().filesParsed()).isZero();
        assertThat(warm.stats().linkedEarly()).as("linked and judged while the walk ran").isTrue();
        assertThat(cold.stats().linkedEarly()).isFalse();
        assertThat(warm.findings()).isEqualTo(cold.findings());
        assertThat(warm.diagnostics()).isEqualTo(cold.diagnostics());

        // Declaring a payload type differently in its own file changes findings in the files that send it.
        Path payload = corpus.resolve("src/com/example/payloads/SongAvailable.java");
        String original = Files.readString(payload);
        try {
            Files.writeString(payload, original.replace("@Event", "@io.msglint.annotations.Message")
                    .replace("import io.msglint.annotations.Event;", ""));
            Files.setLastModifiedTime(payload, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            ScanResult edited = new Msglint().scan(request(true, cache, 2));
            ScanResult fresh = new Msglint().scan(request(true, Optional.empty(), 2));

            assertThat(edited.stats().filesParsed()).isZero();
            assertThat(edited.stats().linkedEarly()).as("a payload type changed: the cache cannot vouch for it").isFalse();
            assertThat(edited.findings()).isEqualTo(fresh.findings()).isNotEqualTo(cold.findings());
        } finally {
            Files.writeString(payload, original);
        }
    }
}
