package io.msglint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line reads its arguments, apart from any command's meaning. */
class ArgumentsTest {

    private static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.value("--fail-on", "LEVEL", "level"),
            OptionSpec.repeated("--format", "FORMAT", "format"),
            OptionSpec.flag("--ci", "ci"),
            OptionSpec.value("--threads", "N", "threads"));

    @Test
    void valuesSpaceOrEqualsSeparatedLastOneWinsRepeatedKeepOrder() throws UsageException {
        Arguments parsed = Arguments.parse(List.of("--fail-on", "info", "src", "--format=json", "--fail-on=never",
                "--format", "text", "more"), OPTIONS);

        assertThat(parsed.value("--fail-on")).contains("never");
        assertThat(parsed.values("--format")).containsExactly("json", "text");
        assertThat(parsed.positionals()).containsExactly("src", "more");
        assertThat(parsed.value("--threads")).isEmpty();
    }

    @Test
    void flagsAloneOrWithTrueOrFalse() throws UsageException {
        assertThat(Arguments.parse(List.of("--ci"), OPTIONS).flag("--ci", false)).isTrue();
        assertThat(Arguments.parse(List.of("--ci=FALSE"), OPTIONS).flag("--ci", true)).isFalse();
        assertThat(Arguments.parse(List.of(), OPTIONS).flag("--ci", true)).isTrue();
        assertThatThrownBy(() -> Arguments.parse(List.of("--ci=maybe"), OPTIONS))
                .hasMessageContaining("takes true or false");
    }

    @Test
    void doubleDashEndsOptionsAndHelpIsNoticedAnywhere() throws UsageException {
        Arguments parsed = Arguments.parse(List.of("--fail-on", "info", "--", "--ci", "-x"), OPTIONS);
        assertThat(parsed.positionals()).containsExactly("--ci", "-x");
        assertThat(parsed.flag("--ci", false)).isFalse();

        assertThat(Arguments.parse(List.of("src", "-h"), OPTIONS).help()).isTrue();
    }

    @Test
    void unknownOptionsMissingValuesAndBadNumbersAreUsageErrors() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--nope"), OPTIONS)).hasMessage("unknown option '--nope'");
        assertThatThrownBy(() -> Arguments.parse(List.of("--fail-on"), OPTIONS)).hasMessageContaining("needs a value (LEVEL)");
        assertThatThrownBy(() -> Arguments.parse(List.of("--threads", "0"), OPTIONS).positiveInt("--threads", 1))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Arguments.parse(List.of("--threads", "two"), OPTIONS).positiveInt("--threads", 1))
                .hasMessageContaining("'two'");
    }

    @Test
    void argumentFilesAreSplitAtWhiteSpaceKeepingQuotesAndSkippingComments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("args.txt");
        Files.writeString(file, "# the classpath\n--classpath a.jar:b.jar\n\"with space/src\" 'single quoted'\n");

        assertThat(ArgumentFiles.expand(List.of("check", "@" + file, "@@literal", "@" + dir.resolve("absent"))))
                .containsExactly("check", "--classpath", "a.jar:b.jar", "with space/src", "single quoted", "@literal",
                        "@" + dir.resolve("absent"));
    }

    @Test
    void commandLineLevelHelpVersionAndUnknownCommands() {
        CliRunner.Run help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: msglint", "check", "rules", "explain");

        assertThat(CliRunner.run("-V").out()).startsWith("msglint ");
        assertThat(CliRunner.run("help", "check").out()).contains("--fail-on=LEVEL", "PATH...", "Exit codes");
        assertThat(CliRunner.run("check", "--help").out()).contains("--baseline=FILE");

        CliRunner.Run unknown = CliRunner.run("lint");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command 'lint'", "msglint --help");

        CliRunner.Run extra = CliRunner.run("explain", "ML001", "ML002");
        assertThat(extra.exitCode()).isEqualTo(2);
        assertThat(extra.err()).contains("unexpected argument 'ML002'", "msglint explain --help");
    }

    @Test
    void theCiVariableTurnsOnCiMode(@TempDir Path dir) {
        Path baseline = dir.resolve("baseline.json");

        CliRunner.Run run = CliRunner.runWith(Map.of("CI", "true"), "check", "--baseline", baseline.toString(),
                "../samples/right/src/main/java");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CI may not create one");
        assertThat(CliRunner.runWith(Map.of("CI", "true"), "check", "--ci=false", "--baseline", baseline.toString(),
                "../samples/right/src/main/java").exitCode()).isZero();
    }
}
