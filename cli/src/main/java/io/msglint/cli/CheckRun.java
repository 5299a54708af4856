package io.msglint.cli;

import io.msglint.core.FailOn;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.baseline.BaselineFile;
import io.msglint.core.report.Reporter;
import io.msglint.core.report.TextReporter;
import io.msglint.rules.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ParseResult;

/** One {@code msglint check}: its options, read once, and the scan they ask for. */
final class CheckRun {

    private final AnalysisOptions analysis;
    private final ReportOutputs reports;
    private final String failOn;
    private final Path baseline;
    private final boolean ci;
    private final boolean quiet;
    private final PrintWriter out;
    private final PrintWriter err;

    /** @param ciByDefault whether the environment says this is a CI run, when --ci is not given */
    CheckRun(ParseResult parsed, boolean ciByDefault, PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        analysis = new AnalysisOptions(parsed);
        reports = new ReportOutputs(parsed, Reporter.FORMATS);
        failOn = parsed.matchedOptionValue("--fail-on", "error");
        baseline = AnalysisOptions.path(parsed.matchedOptionValue("--baseline", null));
        Boolean ciOption = parsed.matchedOptionValue("--ci", null);
        // --ci alone: picocli gives a flag whose value is optional no value, which means true
        ci = parsed.hasMatchedOption("--ci") ? ciOption == null || ciOption : ciByDefault;
        quiet = parsed.hasMatchedOption("--quiet");
    }

    /** Scans, applies the baseline, writes the reports; returns the exit code. */
    int check() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            return cannotRun(problem.get());
        }
        ScanRequest request;
        try {
            request = analysis.request();
        } catch (ConfigException e) {
            return cannotRun(e.getMessage());
        }
        ScanResult result = new Msglint().scan(request);
        if (baseline != null) {
            BaselineFile.Outcome outcome = BaselineFile.apply(baseline, result, ci);
            outcome.messages().forEach(m -> err.println("msglint: " + m));
            if (outcome.result().isEmpty()) {
                return Cli.CANNOT_RUN;
            }
            result = outcome.result().get();
        }
        Optional<String> unwritten = reports.write(result, Reporter::named, out);
        if (unwritten.isPresent()) {
            return cannotRun(unwritten.get());
        }
        if (reports.allToFiles() && !quiet) {
            // A CI log shows why a job failed even when every report went to a file.
            err.println(TextReporter.summary(result) + "; reports: " + reports.files().stream().map(Path::toString)
                    .collect(Collectors.joining(", ")));
        }
        return FailOn.parse(failOn).orElseThrow().counted(result) > 0 ? 1 : 0;
    }

    private Optional<String> problem() {
        Optional<String> problem = analysis.problem().or(reports::problem);
        if (problem.isPresent()) {
            return problem;
        }
        if (FailOn.parse(failOn).isEmpty()) {
            return Optional.of("unknown --fail-on '" + failOn + "'; use " + FailOn.CHOICES);
        }
        if (baseline != null && Files.isDirectory(baseline)) {
            return Optional.of("--baseline must be a file, not a folder: " + baseline);
        }
        return Optional.empty();
    }

    private int cannotRun(String message) {
        err.println("msglint: " + message);
        return Cli.CANNOT_RUN;
    }
}
