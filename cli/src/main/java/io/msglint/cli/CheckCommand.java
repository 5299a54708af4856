package io.msglint.cli;

import io.msglint.core.baseline.BaselineFile;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code msglint check}: scans, writes the reports, and sets the exit code. */
final class CheckCommand implements Command {

    private static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.value("--classpath", "CP", "Jars and class folders the code compiles against, separated by '"
                    + File.pathSeparator + "'."),
            OptionSpec.repeated("--format", "FORMAT", "text (default), json, sarif or html; repeat with --output for several reports."),
            OptionSpec.repeated("--output", "FILE", "Where the report of the --format at the same position goes (default: standard output)."),
            OptionSpec.value("--fail-on", "LEVEL", "error (default), warning, info or never."),
            OptionSpec.value("--baseline", "FILE", "Findings accepted for now: they are not reported. A missing FILE is created"
                    + " from this run's findings (not with --ci); entries that no longer occur are dropped from it. It never grows."),
            OptionSpec.flag("--ci", "Run as a CI gate: a missing baseline is an error and the baseline is never rewritten"
                    + " (default: the CI environment variable)."),
            OptionSpec.value("--config", "FILE", "msglint.properties to use (default: the one in the base directory, if any)."),
            OptionSpec.value("--base-dir", "DIR", "What report paths are relative to (default: the deepest folder containing every PATH)."),
            OptionSpec.value("--release", "N", "Java language level of the sources (default: the newest msglint knows)."),
            OptionSpec.value("--cache", "DIR", "Keep per-file facts in DIR so unchanged files are not read or parsed again."),
            OptionSpec.value("--threads", "N", "Worker threads (default: one per core). Results do not depend on it."));

    private final Map<String, String> environment;

    /** @param environment where the CI variable is read: {@code --ci} defaults to it */
    CheckCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String description() {
        return "Scans Java sources for Azure messaging mismatches.";
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public Positionals positionals() {
        return new Positionals("PATH", 1, Integer.MAX_VALUE, "Source files or folders to scan.");
    }

    @Override
    public List<String> footer() {
        return List.of("",
                "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 msglint could not run.",
                "",
                "The classpath lets msglint resolve SDK calls and payload types. With Maven:",
                "  mvn dependency:build-classpath -Dmdep.outputFile=cp.txt",
                "  msglint check --classpath @cp.txt src/main/java",
                "(an @file argument is replaced by the file's content, which keeps long classpaths off the command line).");
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException, UsageException {
        return new CheckRun(arguments, BaselineFile.meansCi(environment.get("CI")), out, err).check();
    }
}
