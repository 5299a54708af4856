package io.msglint.cli;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.report.Reporter;
import io.msglint.rules.config.ConfigException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code msglint sites}: every place where a payload enters or leaves Azure messaging, from the
 * same analysis as {@code check}, judged or not: what msglint saw, so a clean verdict can be told
 * from a blind one.
 */
final class SitesCommand implements Command {

    @Override
    public String name() {
        return "sites";
    }

    @Override
    public String description() {
        return "Lists every place where a payload enters or leaves Azure messaging, as msglint sees it.";
    }

    @Override
    public CommandSpec spec() {
        CommandSpec spec = Options.command(name(), description(),
                "",
                "Each site: where the payload enters the transport as written (or the handler that receives it), the",
                "service and entity, the payload type and its kind (and where the kind comes from), the SDK or framework,",
                "and the calls through the project's own methods to the SDK call. Exit code 2 if msglint could not run, else 0.");
        AnalysisOptions.addClasspathTo(spec);
        ReportOutputs.addTo(spec, Reporter.SITES_FORMATS, "text (default) or json; repeat with --output for several.");
        AnalysisOptions.addTo(spec);
        return spec;
    }

    @Override
    public int run(ParseResult parsed, PrintWriter out, PrintWriter err) {
        AnalysisOptions analysis = new AnalysisOptions(parsed);
        ReportOutputs reports = new ReportOutputs(parsed, Reporter.SITES_FORMATS);
        Optional<String> problem = analysis.problem().or(reports::problem);
        if (problem.isPresent()) {
            err.println("msglint: " + problem.get());
            return Cli.CANNOT_RUN;
        }
        ScanRequest request;
        try {
            request = analysis.request();
        } catch (ConfigException e) {
            err.println("msglint: " + e.getMessage());
            return Cli.CANNOT_RUN;
        }
        ScanResult result = new Msglint().scan(request);
        Optional<String> unwritten = reports.write(result, Reporter::sites, out);
        if (unwritten.isPresent()) {
            err.println("msglint: " + unwritten.get());
            return Cli.CANNOT_RUN;
        }
        return 0;
    }
}
