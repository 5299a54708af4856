package io.msglint.cli;

import io.msglint.core.FailOn;
import io.msglint.core.baseline.BaselineFile;
import io.msglint.core.report.Reporter;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** {@code msglint check}: scans, writes the reports, and sets the exit code. */
final class CheckCommand implements Command {

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
    public CommandSpec spec() {
        CommandSpec spec = Options.command(name(), description(),
                "",
                "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 msglint could not run.",
                "",
                "The classpath lets msglint resolve SDK calls and payload types. With Maven:",
                "  mvn dependency:build-classpath -Dmdep.outputFile=cp.txt",
                "  msglint check --classpath @cp.txt src/main/java",
                "(an @file argument is replaced by the file's content, which keeps long classpaths off the command line).");
        spec.addOption(Options.value("--classpath", "CP", "Jars and class folders the code compiles against, separated by '"
                + File.pathSeparator + "'."));
        spec.addOption(Options.repeated("--format", "FORMAT", Reporter.FORMATS,
                "text (default), json, sarif or html; repeat with --output for several reports."));
        spec.addOption(Options.repeated("--output", "FILE", java.util.List.of(),
                "Where the report of the --format at the same position goes (default: standard output)."));
        spec.addOption(Options.choice("--fail-on", "LEVEL", FailOn.VALUES, "error (default), warning, info or never."));
        spec.addOption(Options.value("--baseline", "FILE", "Findings accepted for now: they are not reported. A missing FILE is"
                + " created from this run's findings (not with --ci); entries that no longer occur are dropped from it. It never grows."));
        spec.addOption(Options.flag("--ci", "Run as a CI gate: a missing baseline is an error and the baseline is never"
                + " rewritten (default: the CI environment variable)."));
        spec.addOption(Options.value("--config", "FILE", "msglint.properties to use (default: the one in the base directory, if any)."));
        spec.addOption(Options.value("--base-dir", "DIR", "What report paths are relative to (default: the deepest folder containing every PATH)."));
        spec.addOption(Options.value("--release", "N", "Java language level of the sources (default: the newest msglint knows)."));
        spec.addOption(Options.value("--cache", "DIR", "Keep per-file facts in DIR so unchanged files are not read or parsed again."));
        spec.addOption(Options.value("--threads", "N", "Worker threads (default: one per core). Results do not depend on it."));
        spec.addPositional(Options.positionals("PATH", "1..*", "Source files or folders to scan."));
        return spec;
    }

    @Override
    public int run(ParseResult parsed, PrintWriter out, PrintWriter err) throws IOException {
        return new CheckRun(parsed, BaselineFile.meansCi(environment.get("CI")), out, err).check();
    }
}
