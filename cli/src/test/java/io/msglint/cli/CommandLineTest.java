package io.msglint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line reads its arguments (picocli), apart from any command's meaning. */
class CommandLineTest {

    private static final String WRONG = "../samples/wrong/src/main/java";
    private static final String RIGHT = "../samples/right/src/main/java";

    @Test
    void valuesSpaceOrEqualsSeparatedLastOneWinsRepeatedKeepOrder(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("r.json");
        Path text = dir.resolve("r.txt");

        CliRunner.Run run = CliRunner.run("check", "--fail-on", "error", RIGHT, "--format=json", "--fail-on=never",
                "--output", json.toString(), "--format", "text", "--output=" + text, WRONG);

        assertThat(run.exitCode()).as("the last --fail-on counts").isZero();
        assertThat(Files.readString(json)).startsWith("{").contains("\"ruleId\"");
        assertThat(Files.readString(text)).contains("[ML001 message-on-event-channel]");
    }

    @Test
    void flagsAloneOrWithTrueOrFalse(@TempDir Path dir) {
        String baseline = dir.resolve("baseline.txt").toString();

        assertThat(CliRunner.run("check", "--ci", "--baseline", baseline, RIGHT).err()).contains("CI may not create one");
        assertThat(CliRunner.run("check", "--ci=FALSE", "--baseline", baseline, RIGHT).exitCode()).isZero();
        CliRunner.Run maybe = CliRunner.run("check", "--ci=maybe", RIGHT);
        assertThat(maybe.exitCode()).isEqualTo(2);
        assertThat(maybe.err()).contains("--ci", "'maybe'");
    }

    @Test
    void doubleDashEndsOptionsAndHelpIsNoticedAnywhere() {
        CliRunner.Run afterDashes = CliRunner.run("check", "--fail-on", "info", RIGHT, "--", "--ci");
        assertThat(afterDashes.exitCode()).isEqualTo(2);
        assertThat(afterDashes.err()).contains("path does not exist: --ci");

        CliRunner.Run help = CliRunner.run("check", RIGHT, "-h");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: msglint check");
    }

    @Test
    void unknownOptionsMissingValuesAndBadNumbersAreUsageErrors() {
        CliRunner.Run unknown = CliRunner.run("check", "--nope", RIGHT);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'--nope'", "msglint check --help");

        CliRunner.Run missing = CliRunner.run("check", RIGHT, "--fail-on");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--fail-on", "LEVEL");

        assertThat(CliRunner.run("check", "--threads", "0", RIGHT).err()).contains("at least 1");
        assertThat(CliRunner.run("check", "--threads", "two", RIGHT).err()).contains("'two'");
        assertThat(CliRunner.run("check").err()).contains("PATH");
    }

    @Test
    void mistypedOptionsAndCommandsGetSuggestions() {
        CliRunner.Run option = CliRunner.run("check", "--fail-no", "error", RIGHT);
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("--fail-on");

        CliRunner.Run command = CliRunner.run("chek", RIGHT);
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("unknown command 'chek'", "Did you mean", "msglint check");
    }

    @Test
    void argumentFilesAreSplitAtWhiteSpaceKeepingQuotesAndSkippingComments(@TempDir Path dir) throws IOException {
        Path spaced = Files.createDirectories(dir.resolve("with space/src"));
        Path quoted = Files.createDirectories(dir.resolve("single quoted"));
        Path file = dir.resolve("args.txt");
        Files.writeString(file, "# the classpath\n--fail-on never\n\"" + spaced + "\" '" + quoted + "'\n");

        CliRunner.Run run = CliRunner.run("check", "@" + file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("no Java files found under [" + spaced + ", " + quoted + "]");
        assertThat(CliRunner.run("check", "@" + dir.resolve("absent")).err())
                .as("an @argument naming no file is an argument").contains("path does not exist: @" + dir.resolve("absent"));
    }

    @Test
    void commandLineLevelHelpVersionAndUnknownCommands() {
        CliRunner.Run help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: msglint", "check", "rules", "explain", "generate-completion");
        assertThat(CliRunner.run().out()).isEqualTo(help.out());

        assertThat(CliRunner.run("-V").out()).startsWith("msglint ");
        assertThat(CliRunner.run("help", "check").out()).contains("--fail-on=LEVEL", "PATH...", "Exit codes");
        assertThat(CliRunner.run("check", "--help").out()).contains("--baseline=FILE");

        CliRunner.Run unknown = CliRunner.run("lint");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command 'lint'", "msglint --help");

        CliRunner.Run extra = CliRunner.run("explain", "ML001", "ML002");
        assertThat(extra.exitCode()).isEqualTo(2);
        assertThat(extra.err()).contains("'ML002'", "msglint explain --help");
    }

    @Test
    void theCiVariableTurnsOnCiMode(@TempDir Path dir) {
        Path baseline = dir.resolve("baseline.json");

        CliRunner.Run run = CliRunner.runWith(Map.of("CI", "true"), "check", "--baseline", baseline.toString(), RIGHT);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CI may not create one");
        assertThat(CliRunner.runWith(Map.of("CI", "true"), "check", "--ci=false", "--baseline", baseline.toString(),
                RIGHT).exitCode()).isZero();
    }

    @Test
    void helpIsInColourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(usage(Map.of(), true)).contains("\u001B[");
        assertThat(usage(Map.of(), false)).doesNotContain("\u001B[");
        assertThat(usage(Map.of("NO_COLOR", "1"), true)).doesNotContain("\u001B[");
        assertThat(usage(Map.of("TERM", "dumb"), true)).doesNotContain("\u001B[");
    }

    private static String usage(Map<String, String> environment, boolean terminal) {
        StringWriter out = new StringWriter();
        new Cli(new PrintWriter(out), new PrintWriter(new StringWriter()), environment, terminal).run(List.of("check", "--help"));
        return out.toString();
    }

    @Test
    void bashCompletesCommandsOptionsAndTheirValues(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("msglint.bash");
        Files.writeString(script, CliRunner.run("generate-completion").out());

        assertThat(complete(script, "msglint", "ch")).containsExactly("check");
        assertThat(complete(script, "msglint", "check", "--fo")).containsExactly("--format");
        assertThat(complete(script, "msglint", "check", "--format", "")).containsExactly("text", "json", "sarif", "html");
        assertThat(complete(script, "msglint", "check", "--fail-on", "")).containsExactly("error", "warning", "info", "never");
        assertThat(complete(script, "msglint", "explain", "ML01")).contains("ML010", "ML016").doesNotContain("ML001");
    }

    /** What bash's completion function offers for the words typed so far (the last one being completed). */
    private static List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String line = String.join(" ", words);
        String commands = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=" + line.length() + "\n"
                + "_complete_msglint 2>/dev/null\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", commands).redirectErrorStream(false).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}
