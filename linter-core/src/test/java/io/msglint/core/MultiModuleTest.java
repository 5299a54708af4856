package io.msglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.testing.Fixtures;
import io.msglint.testkit.ExpectMarkers;
import io.msglint.testkit.Marker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sending method and the payload types in one module, their callers in another: several PATHs
 * are one codebase, and a module scanned with its sibling as context reports only its own sites.
 */
class MultiModuleTest {

    @TempDir
    Path work;
    private Path app;
    private Path lib;

    @BeforeEach
    void twoModules() throws IOException {
        app = work.resolve("app/src/main/java");
        lib = work.resolve("lib/src/main/java");
        copy(Fixtures.folder("payloads"), lib.resolve("fixtures/payloads"));
        copy(Fixtures.folder("wrappers"), lib.resolve("fixtures/wrappers"));
        Files.createDirectories(app.resolve("fixtures/wrappers"));
        Files.move(lib.resolve("fixtures/wrappers/OrderService.java"), app.resolve("fixtures/wrappers/OrderService.java"));
    }

    @Test
    void severalPathsAreOneCodebase() {
        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(app, lib), Fixtures.classpath()).withBaseDir(work));

        List<Marker> expected = ExpectMarkers.read(work, work);
        assertThat(expected).isNotEmpty();
        assertThat(ExpectMarkers.mismatches(expected, Fixtures.reported(result.findings()))).isEmpty();
    }

    @Test
    void aSiblingModuleAsContextGivesTheSameFindingsButNoneOfItsOwn() {
        ScanResult both = new Msglint().scan(ScanRequest.of(List.of(app, lib), Fixtures.classpath()).withBaseDir(work));
        ScanResult appWithContext = new Msglint().scan(ScanRequest.of(List.of(app), Fixtures.classpath())
                .withBaseDir(work).withContext(List.of(lib)));

        assertThat(appWithContext.findings()).isNotEmpty().isEqualTo(
                both.findings().stream().filter(f -> f.location().file().startsWith("app/")).toList());
        assertThat(appWithContext.sites()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.location().file()).startsWith("app/"))
                .anySatisfy(s -> assertThat(s.path()).anySatisfy(step -> assertThat(step.file()).startsWith("lib/")));
    }

    @Test
    void withoutItsSiblingTheAppModuleSeesNoSend() {
        ScanResult alone = new Msglint().scan(ScanRequest.of(List.of(app), Fixtures.classpath()).withBaseDir(work));

        assertThat(alone.findings()).isEmpty();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
