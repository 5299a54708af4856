package io.msglint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.testkit.ExpectMarkers;
import io.msglint.testkit.Marker;
import io.msglint.testkit.Reported;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar, as a user would, on the music-sharing samples. */
class SamplesIT {

    private static final Path JAR = Path.of(System.getProperty("msglint.jar", "target/msglint.jar"));
    private static final Path LAUNCHER = Path.of(System.getProperty("msglint.launcher", "bin/msglint"));
    private static final Path SAMPLES = Path.of(System.getProperty("msglint.samples", "../samples"));
    private static final Pattern FINDING = Pattern.compile("^(\\S+\\.java):(\\d+):\\d+: (error|warning|info) \\[(ML\\d+)[^]]*] (.*)$",
            Pattern.MULTILINE);

    record Run(int exitCode, String out) {
    }

    @Test
    void wrongSampleReportsExactlyTheMarkedMistakes() throws Exception {
        Path sources = SAMPLES.resolve("wrong/src/main/java");
        Run run = run(sources);

        assertThat(run.exitCode()).isEqualTo(1);
        List<Marker> expected = ExpectMarkers.read(sources, sources);
        assertThat(expected).isNotEmpty();
        assertThat(ExpectMarkers.mismatches(expected, found(run.out()))).isEmpty();
        // The sample makes every mistake msglint knows.
        assertThat(found(run.out())).extracting(Reported::ruleId).containsAll(RuleCatalog.standard().infos().stream()
                .map(RuleInfo::id).toList());
    }

    @Test
    void rightSampleIsClean() throws Exception {
        Run run = run(SAMPLES.resolve("right/src/main/java"));

        assertThat(run.exitCode()).isZero();
        assertThat(found(run.out())).isEmpty();
        assertThat(run.out()).contains("msglint: 0 findings");
    }

    @Test
    void launcherPrintsExactlyWhatTheJarPrints() throws Exception {
        Path sources = SAMPLES.resolve("wrong/src/main/java");
        Run launched = run(List.of("bash", LAUNCHER.toString()), sources, Map.of());
        // Options of the user's own: a collector of their choice replaces the launcher's; '*' is not globbed.
        Run withOptions = run(List.of("bash", LAUNCHER.toString()), sources,
                Map.of("MSGLINT_JAVA_OPTS", "-XX:+UseParallelGC -Dmsglint.probe=* -Xmx512m"));

        Run jar = run(sources);

        assertThat(launched.exitCode()).isEqualTo(jar.exitCode());
        // The same report, line for line, but for the time the summary gives: no JVM log line slips in.
        assertThat(found(jar.out())).isNotEmpty();
        assertThat(withoutTimes(launched.out())).isEqualTo(withoutTimes(jar.out()));
        assertThat(withoutTimes(withOptions.out())).isEqualTo(withoutTimes(jar.out()));
    }

    @Test
    void classDataArchiveFitsThisJvmAndJarAndHoldsTheParser() throws Exception {
        Path archive = JAR.resolveSibling("msglint.jsa");

        // -Xshare:on turns an archive the JVM would silently ignore into an error.
        Run run = run(List.of("java", "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info",
                "-jar", JAR.toString()), SAMPLES.resolve("wrong/src/main/java"), Map.of());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        // The training scan parsed: a cold scan maps the parser's classes instead of loading them.
        assertThat(run.out()).containsPattern("com\\.github\\.javaparser\\.ast\\.Node source: shared objects file");
        // picocli's class files, upgraded by the build, are archived too rather than loaded and verified each run.
        assertThat(run.out()).containsPattern("picocli\\.CommandLine source: shared objects file");
    }

    /**
     * msglint opens no connection: inside a network namespace with no network at all, it reports
     * exactly what it reports outside. Where this machine cannot make such a namespace
     * ({@code unshare -n} needs the right to), the test says so and is skipped.
     */
    @Test
    void withoutANetworkTheFindingsAreTheSame() throws Exception {
        Path sources = SAMPLES.resolve("wrong/src/main/java");
        boolean isolated;
        try {
            Process probe = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            isolated = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            isolated = false;
        }
        Assumptions.assumeTrue(isolated, "unshare -n is not permitted here: the network check did not run");

        Run offline = run(List.of("unshare", "-n", "java", "-jar", JAR.toString()), sources, Map.of());
        Run online = run(sources);

        assertThat(offline.exitCode()).isEqualTo(online.exitCode()).isEqualTo(1);
        assertThat(found(offline.out())).isNotEmpty().isEqualTo(found(online.out()));
    }

    /**
     * The samples' SARIF passes Microsoft's validator (@microsoft/sarif-multitool, which .ci/run
     * installs): no error, and no warning but the one for the tool's absent informationUri (no
     * documentation URL is configured). Where the validator is not installed, the test says so.
     */
    @Test
    void sarifPassesMicrosoftsValidator() throws Exception {
        Path validator = Path.of(System.getProperty("msglint.sarifValidator", "../.ci/tools/node_modules/.bin/sarif-multitool"));
        Assumptions.assumeTrue(Files.isRegularFile(validator),
                "the SARIF validator is not installed (.ci/run installs it in .ci/tools): the check did not run");
        for (String sample : List.of("wrong", "right")) {
            Path sarif = Files.createTempFile("msglint-" + sample, ".sarif");
            Path log = Files.createTempFile("msglint-validation", ".sarif");
            Files.delete(log);
            Path cp = Files.createTempFile("msglint-cp", ".txt");
            Files.writeString(cp, String.join(File.pathSeparator, testClasspath()));
            finish(new ProcessBuilder("java", "-jar", JAR.toString(), "check", "--fail-on", "never", "--quiet",
                    "--classpath", "@" + cp, "--format", "sarif", "--output", sarif.toString(),
                    SAMPLES.resolve(sample + "/src/main/java").toString()).redirectErrorStream(true).start());

            Run validation = finish(new ProcessBuilder(validator.toString(), "validate", "-o", log.toString(),
                    sarif.toString()).redirectErrorStream(true).start());

            assertThat(validation.exitCode()).as(validation.out()).isZero();
            assertThat(validation.out()).as(sample).contains("Analysis completed successfully")
                    .doesNotContainPattern(": error SARIF\\d+");
            assertThat(validation.out().lines().filter(l -> l.contains(": warning SARIF")))
                    .as(sample).allSatisfy(l -> assertThat(l).contains("SARIF2005").contains("informationUri"));
            if (sample.equals("wrong")) {
                assertThat(Files.readString(sarif)).as("the sample's accepted exception, with its reason")
                        .contains("\"suppressions\": [{\"kind\": \"inSource\", \"justification\": \"the search indexer");
            }
        }
    }

    private static String withoutTimes(String out) {
        return out.replaceAll(" in \\d+ ms", "");
    }

    private static Run run(Path sources) throws IOException, InterruptedException {
        return run(List.of("java", "-jar", JAR.toString()), sources, Map.of());
    }

    private static Run run(List<String> msglint, Path sources, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path cp = Files.createTempFile("msglint-cp", ".txt");
        Files.writeString(cp, String.join(File.pathSeparator, testClasspath()));
        List<String> command = new ArrayList<>(msglint);
        command.addAll(List.of("check", "--fail-on", "error", "--classpath", "@" + cp, "--base-dir", sources.toString(),
                sources.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return finish(builder.start());
    }

    private static Run finish(Process process) throws InterruptedException, IOException {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out);
    }

    private static List<String> testClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("azure") || entry.contains("msglint-annotations") || entry.contains("reactor")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static List<Reported> found(String out) {
        List<Reported> found = new ArrayList<>();
        Matcher m = FINDING.matcher(out);
        while (m.find()) {
            found.add(new Reported(m.group(1), Integer.parseInt(m.group(2)), m.group(4), m.group(3), m.group(5)));
        }
        return found;
    }
}
