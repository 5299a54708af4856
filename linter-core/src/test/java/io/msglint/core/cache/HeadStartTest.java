package io.msglint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.engine.RuleEngine;
import io.msglint.core.spring.SpringBindings;
import io.msglint.core.spring.SpringModules;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.classify.PayloadClassifier;
import io.msglint.rules.model.Facts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm run's head start stands only for the very candidates it assumed, with every type vouched for. */
class HeadStartTest {

    @Test
    void onTheLastRunsCandidatesItGivesThatRunsFindings(@TempDir Path work) throws IOException {
        ScanRequest request = request(work);
        ScanResult cold = new Msglint().scan(request);
        ScanCache cache = open(request);

        Optional<ScanCache.Judged> outcome = cache.headStart(cache.lastCandidates());

        assertThat(cache.lastCandidates()).hasSize(Fixtures.javaFiles(Fixtures.folder("ml001")));
        assertThat(outcome).isPresent();
        assertThat(outcome.get().verdicts().findings()).isNotEmpty().isEqualTo(cold.findings());
        assertThat(cache.types().recorded()).as("the payload types it read, kept for the next run").isPositive();
    }

    @Test
    void otherCandidatesMakeItStandAside(@TempDir Path work) throws IOException {
        ScanRequest request = request(work);
        new Msglint().scan(request);
        ScanCache cache = open(request);

        Optional<ScanCache.Judged> outcome = cache.headStart(cache.lastCandidates().subList(0, 1));

        assertThat(outcome).isEmpty();
    }

    @Test
    void aPayloadTypeWithANewTimeButTheSameContentKeepsIt(@TempDir Path work) throws IOException {
        ScanRequest request = request(work);
        ScanResult cold = new Msglint().scan(request);
        Path payload = work.resolve("src/fixtures/payloads/SongUpload.java");
        Files.setLastModifiedTime(payload, FileTime.fromMillis(Files.getLastModifiedTime(payload).toMillis() + 10_000));
        ScanCache cache = open(request);

        Optional<ScanCache.Judged> outcome = cache.headStart(cache.lastCandidates());

        assertThat(outcome).isPresent(); // as after a fresh checkout: the cache checks the content
        assertThat(outcome.get().verdicts().findings()).isEqualTo(cold.findings());
    }

    @Test
    void aPayloadTypeChangedSinceTheCacheMakesItStandAside(@TempDir Path work) throws IOException {
        ScanRequest request = request(work);
        new Msglint().scan(request);
        Path payload = work.resolve("src/fixtures/payloads/SongUpload.java");
        FileTime before = Files.getLastModifiedTime(payload);
        Files.writeString(payload, Files.readString(payload) + "// edited\n");
        Files.setLastModifiedTime(payload, FileTime.fromMillis(before.toMillis() + 10_000));
        ScanCache cache = open(request);

        Optional<ScanCache.Judged> outcome = cache.headStart(cache.lastCandidates());

        assertThat(outcome).isEmpty(); // only the type solver can read it again, and that needs the walk's files
    }

    /**
     * The ML001 fixtures and their payload types, copied so that a test may touch them, and an
     * hour old: the cache does not vouch for a file written as recently as itself.
     */
    private static ScanRequest request(Path work) throws IOException {
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        for (String folder : List.of("ml001", "payloads")) {
            Path target = Files.createDirectories(work.resolve("src/fixtures/" + folder));
            try (Stream<Path> files = Files.list(Fixtures.ROOT.resolve(folder))) {
                for (Path file : files.toList()) {
                    Path copy = Files.copy(file, target.resolve(file.getFileName().toString()));
                    Files.setLastModifiedTime(copy, anHourAgo);
                }
            }
        }
        return ScanRequest.of(List.of(work.resolve("src")), Fixtures.classpath()).withBaseDir(work)
                .withCache(Optional.of(work.resolve("cache")));
    }

    private static ScanCache open(ScanRequest request) {
        RuleEngine engine = new RuleEngine(RuleCatalog.standard(), request.config());
        return ScanCache.open(request.cacheDir().orElseThrow(), request.baseDir(),
                () -> CacheKey.of(Msglint.version(), "release " + request.release(), request.classpath()),
                new PayloadClassifier(request.config().kinds()),
                new SpringBindings(new SpringModules(request.baseDir(), List.of(), request.classpath(), Optional.empty())),
                linked -> engine.run(new Facts(linked.sends(), linked.receives(), request.config().tiers())));
    }
}
