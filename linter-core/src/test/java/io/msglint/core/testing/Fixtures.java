package io.msglint.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.model.Finding;
import io.msglint.testkit.ExpectMarkers;
import io.msglint.testkit.Marker;
import io.msglint.testkit.Reported;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test fixtures: Java sources under {@code src/test/java/fixtures}, compiled against the real
 * Azure SDK, whose expected findings are marked on their lines
 * ({@code // expect: ML005 warning "session id"}, read by {@link ExpectMarkers}). Each rule has its
 * folder, named after its id ({@code fixtures/ml005}), with cases that fire and near-misses
 * (methods named {@code nearMiss...}) that must not.
 */
public final class Fixtures {

    public static final Path ROOT = Path.of("src/test/java/fixtures");
    /** What report paths are relative to: {@code fixtures/ml005/Ordering.java}. */
    public static final Path BASE = ROOT.getParent();

    private Fixtures() {
    }

    /** The test classpath: the Azure SDK jars and the compiled fixtures. */
    public static List<Path> classpath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    /** A request for fixture folders, with report paths relative to {@link #BASE}. */
    public static ScanRequest request(Path... paths) {
        return ScanRequest.of(List.of(paths), classpath()).withBaseDir(BASE);
    }

    public static ScanResult scan(Path... paths) {
        return new Msglint().scan(request(paths));
    }

    /** A fixture folder by name: {@code folder("ml005")}. */
    public static Path folder(String name) {
        return ROOT.resolve(name);
    }

    /** The folder of a rule's own fixtures: {@code fixtures/ml005} for ML005. */
    public static Path folderOf(Rule rule) {
        return folder(rule.info().id().toLowerCase(Locale.ROOT));
    }

    /**
     * Scans a fixture folder and checks that its findings are exactly those its markers expect,
     * with their levels and message fragments.
     */
    public static ScanResult assertMatchesMarkers(Path folder) {
        return assertMatchesMarkers(folder, scan(folder));
    }

    public static ScanResult assertMatchesMarkers(Path folder, ScanResult result) {
        List<Marker> expected = ExpectMarkers.read(folder, BASE);
        assertThat(expected).as("markers in " + folder).isNotEmpty();
        assertThat(ExpectMarkers.mismatches(expected, reported(result.findings())))
                .as("findings against the markers of " + folder).isEmpty();
        assertThat(result.diagnostics()).as("diagnostics")
                .noneSatisfy(d -> assertThat(d.message()).contains("could not be resolved"));
        return result;
    }

    /**
     * A rule's own fixture folder: its markers match, the rule fires in it, and it holds
     * near-misses (methods named {@code nearMiss...}) where the rule must stay quiet.
     */
    public static ScanResult assertRuleFixture(Rule rule) {
        Path folder = folderOf(rule);
        ScanResult result = assertMatchesMarkers(folder);
        String id = rule.info().id();
        assertThat(ExpectMarkers.read(folder, BASE)).as(id + " markers in " + folder)
                .anySatisfy(m -> assertThat(m.ruleId()).isEqualTo(id));
        assertThat(sourceOf(folder)).as("near-misses in " + folder).contains("nearMiss");
        return result;
    }

    /** The findings as markers see them. */
    public static List<Reported> reported(List<Finding> findings) {
        List<Reported> reported = new ArrayList<>();
        for (Finding f : findings) {
            reported.add(new Reported(f.location().file(), f.location().line(), f.ruleId(), f.severity().reportName(),
                    f.message()));
        }
        return reported;
    }

    /** How many Java files a folder holds. */
    public static int javaFiles(Path folder) {
        try (var files = Files.walk(folder)) {
            return (int) files.filter(f -> f.toString().endsWith(".java")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sourceOf(Path folder) {
        StringBuilder text = new StringBuilder();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
