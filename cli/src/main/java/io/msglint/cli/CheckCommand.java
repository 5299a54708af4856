package io.msglint.cli;

import io.msglint.core.FailOn;
import io.msglint.core.baseline.BaselineFile;
import io.msglint.core.report.Reporter;
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
        AnalysisOptions.addClasspathTo(spec);
        ReportOutputs.addTo(spec, Reporter.FORMATS,
                "text (default), json, sarif or html; repeat with --output for several reports.");
        spec.addOption(Options.choice("--fail-on", "LEVEL", FailOn.VALUES, "error (default), warning, info or never."));
        spec.addOption(Options.value("--baseline", "FILE", "Findings accepted for now: they are not reported. A missing FILE is"
                + " created from this run's findings (not with --ci); entries that no longer occur are dropped from it. It never grows."));
        spec.addOption(Options.flag("--quiet", "With every report in a file (--output), print no summary line."));
        spec.addOption(Options.flag("--ci", "Run as a CI gate: a missing baseline is an error and the baseline is never"
                + " rewritten (default: the CI environment variable)."));
        AnalysisOptions.addTo(spec);
        return spec;
    }

    @Override
    public int run(ParseResult parsed, PrintWriter out, PrintWriter err) {
        return new CheckRun(parsed, BaselineFile.meansCi(environment.get("CI")), out, err).check();
    }
}
