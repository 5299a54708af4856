package io.msglint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command's contract: arguments, reports and exit codes. */
class CheckCommandTest {

    private static final Path WRONG = Path.of("../samples/wrong/src/main/java");
    private static final Path RIGHT = Path.of("../samples/right/src/main/java");

    private static String classpath() {
        return System.getProperty("java.class.path");
    }

    @Test
    void aThousandThreadsAskedForAreCappedByTheMachine() {
        CliRunner.Run many = CliRunner.run("check", "--threads", "1000", "--classpath", classpath(), WRONG.toString());
        CliRunner.Run one = CliRunner.run("check", "--threads", "1", "--classpath", classpath(), WRONG.toString());

        assertThat(many.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
        assertThat(many.out().replaceAll(" in \\d+ ms", "")).isEqualTo(one.out().replaceAll(" in \\d+ ms", ""));
    }

    @Test
    void withEveryReportInAFileASummaryLineStillSaysWhyTheJobFailed(@TempDir Path dir) {
        Path sarif = dir.resolve("msglint.sarif");

        CliRunner.Run run = CliRunner.run("check", "--format", "sarif", "--output", sarif.toString(),
                "--classpath", classpath(), WRONG.toString());
        CliRunner.Run quiet = CliRunner.run("check", "--quiet", "--format", "sarif", "--output", sarif.toString(),
                "--classpath", classpath(), WRONG.toString());

        assertThat(run.exitCode()).isEqualTo(quiet.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("msglint: \\d+ findings \\(\\d+ error, \\d+ warning, \\d+ info\\)")
                .contains("reports: " + sarif);
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void findingsAtTheThresholdExitOne() {
        CliRunner.Run run = CliRunner.run("check", "--classpath", classpath(), WRONG.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("com/contoso/music/UploadService.java:22:9: error [ML001 message-on-event-channel]");
    }

    @Test
    void failOnNeverAndBelowThresholdExitZero() {
        assertThat(CliRunner.run("check", "--fail-on", "never", "--classpath", classpath(), WRONG.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("check", "--fail-on", "info", "--classpath", classpath(), RIGHT.toString()).exitCode()).isZero();
    }

    @Test
    void jsonReportFollowsTheContract(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("out/report.json");
        Path text = dir.resolve("report.txt");

        CliRunner.Run run = CliRunner.run("check", "--format", "json", "--output", json.toString(), "--format", "text",
                "--output", text.toString(), "--fail-on", "never", "--classpath", classpath(),
                "--base-dir", "../samples/wrong", WRONG.toString());

        assertThat(run.exitCode()).isZero();
        String report = Files.readString(json);
        assertThat(report).contains("\"tool\": \"msglint\"", "\"ruleId\": \"ML001\"", "\"severity\": \"error\"",
                "\"file\": \"src/main/java/com/contoso/music/UploadService.java\"", "\"line\": 22", "\"column\": 9",
                "\"payload\": \"com.contoso.music.SongUpload\"", "\"kindSource\": \"declared\"",
                "\"evidence\": [\"@Message on com.contoso.music.SongUpload\"]", "\"channel\": \"EVENT_GRID\"",
                "\"entity\": \"new-songs\"", "\"diagnostics\": [", "\"filesScanned\": " + javaFiles(WRONG));
        assertThat(Files.readString(text)).contains("[ML003 event-on-queue]");
    }

    @Test
    void sarifAndHtmlReports(@TempDir Path dir) throws IOException {
        Path sarif = dir.resolve("msglint.sarif");
        Path html = dir.resolve("msglint.html");

        CliRunner.Run run = CliRunner.run("check", "--format", "sarif", "--output", sarif.toString(), "--format", "html",
                "--output", html.toString(), "--fail-on", "never", "--classpath", classpath(), WRONG.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(sarif)).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"ML001\"");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("ML004 fan-out-on-queue");
    }

    @Test
    void baselineAcceptsKnownFindingsAndOnlyShrinks(@TempDir Path dir) throws IOException {
        Path baseline = dir.resolve("msglint-baseline.txt");

        CliRunner.Run refused = CliRunner.run("check", "--ci", "--baseline", baseline.toString(), WRONG.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("CI may not create one");

        CliRunner.Run created = CliRunner.run("check", "--ci=false", "--baseline", baseline.toString(), "--classpath",
                classpath(), WRONG.toString());
        assertThat(created.exitCode()).isZero();
        int findings = findingsOf(CliRunner.run("check", "--fail-on", "never", "--classpath", classpath(), WRONG.toString()).out());
        assertThat(findings).isPositive();
        assertThat(Files.readAllLines(baseline)).hasSize(1 + findings); // a header, then one line per finding

        CliRunner.Run again = CliRunner.run("check", "--baseline", baseline.toString(), "--classpath", classpath(), WRONG.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains(findings + " findings are in the baseline").doesNotContain("[ML001");

        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(baseline));
        lines.add("ML001\tgone/File.java\tcom.acme.Gone\tEVENT_GRID\t\tno longer there");
        lines.removeIf(l -> l.startsWith("ML004"));
        Files.write(baseline, lines);
        CliRunner.Run shrinking = CliRunner.run("check", "--ci=false", "--baseline", baseline.toString(), "--classpath",
                classpath(), WRONG.toString());
        assertThat(shrinking.exitCode()).isEqualTo(1);
        assertThat(shrinking.out()).contains("[ML004").contains("1 baseline entry no longer occurs");
        assertThat(Files.readString(baseline)).doesNotContain("gone/File.java").doesNotContain("ML004");
    }

    @Test
    void badArgumentsExitTwo(@TempDir Path dir) throws IOException {
        assertThat(CliRunner.run("check", "does/not/exist").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("check", "--fail-on", "sometimes", WRONG.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("check", "--format", "xml", WRONG.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("check", "--release", "5", WRONG.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("check", "--no-such-option", WRONG.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("check").exitCode()).isEqualTo(2);
        Path unwritable = Files.createFile(dir.resolve("file")).resolve("report.json");
        assertThat(CliRunner.run("check", "--format", "json", "--output", unwritable.toString(), WRONG.toString())
                .exitCode()).isEqualTo(2);
    }

    @Test
    void badConfigurationNamesTheKeyAndExitsTwo(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("msglint.properties");
        Files.writeString(config, "rule.ML003.levl = error\n");

        CliRunner.Run run = CliRunner.run("check", "--config", config.toString(), WRONG.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'rule.ML003.levl'");
    }

    @Test
    void configurationChangesLevels(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("msglint.properties");
        Files.writeString(config, "rule.ML001.level = off\nrule.ML002.level = warning\n");

        CliRunner.Run run = CliRunner.run("check", "--config", config.toString(), "--classpath", classpath(), WRONG.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("ML001").contains("warning [ML002").contains("error [ML004");
    }

    @Test
    void aFolderWithoutJavaFilesIsANoteNotAnError(@TempDir Path dir) {
        CliRunner.Run run = CliRunner.run("check", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("no Java files found");
    }

    @Test
    void classpathArgumentFilesWork(@TempDir Path dir) throws IOException {
        Path argfile = dir.resolve("cp.txt");
        Files.writeString(argfile, classpath().replace(File.pathSeparator + " ", File.pathSeparator));

        CliRunner.Run run = CliRunner.run("check", "--fail-on", "never", "--classpath", "@" + argfile, WRONG.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("could not be resolved");
    }

    @Test
    void rulesAndExplain() {
        CliRunner.Run rules = CliRunner.run("rules");
        assertThat(rules.out()).contains("ML001", "message-on-event-channel", "ML013");

        CliRunner.Run explain = CliRunner.run("explain", "ml002");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).startsWith("# ML002 content-in-event");

        assertThat(CliRunner.run("explain", "ML999").exitCode()).isEqualTo(2);
    }

    private static long javaFiles(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).count();
        }
    }

    /** How many findings a text report's summary line counts ("msglint: 16 findings (..."). */
    private static int findingsOf(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("msglint: (\\d+) findings? \\(").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
