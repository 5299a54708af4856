package io.msglint.cli;

import io.msglint.core.ScanResult;
import io.msglint.core.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** {@code --format} and {@code --output} in pairs: which reports a run writes, and where. */
final class ReportOutputs {

    private final List<String> formats;
    private final List<Path> outputs;
    private final List<String> known;

    ReportOutputs(ParseResult parsed, List<String> known) {
        this.formats = parsed.matchedOptionValue("--format", List.<String>of());
        this.outputs = AnalysisOptions.paths(parsed.matchedOptionValue("--output", List.<String>of()));
        this.known = known;
    }

    static void addTo(CommandSpec spec, List<String> known, String formatHelp) {
        spec.addOption(Options.repeated("--format", "FORMAT", known, formatHelp));
        spec.addOption(Options.repeated("--output", "FILE", List.of(),
                "Where the report of the --format at the same position goes (default: standard output)."));
    }

    /** Whether every report goes to a file, so that standard output shows nothing of the run. */
    boolean allToFiles() {
        return !outputs.isEmpty() && outputs.size() >= Math.max(1, formats.size());
    }

    /** Where the reports go, for the summary line. */
    List<Path> files() {
        return outputs;
    }

    Optional<String> problem() {
        for (String format : formats) {
            if (!known.contains(format.toLowerCase(Locale.ROOT))) {
                return Optional.of("unknown --format '" + format + "'; use one of " + known);
            }
        }
        if (outputs.size() > Math.max(1, formats.size())) {
            return Optional.of("more --output than --format options; give them in pairs");
        }
        return Optional.empty();
    }

    /**
     * Writes each report to its file, or to standard output.
     *
     * @return a problem writing one, if any
     */
    Optional<String> write(ScanResult result, Function<String, Reporter> reporters, PrintWriter out) {
        List<String> formatList = formats.isEmpty() ? List.of("text") : formats;
        for (int i = 0; i < formatList.size(); i++) {
            String report = reporters.apply(formatList.get(i).toLowerCase(Locale.ROOT)).format(result);
            if (i < outputs.size()) {
                try {
                    Path file = outputs.get(i).toAbsolutePath();
                    if (file.getParent() != null) {
                        Files.createDirectories(file.getParent());
                    }
                    Files.writeString(file, report, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return Optional.of("cannot write " + outputs.get(i) + ": " + e.getMessage());
                }
            } else {
                out.print(report);
                out.flush();
            }
        }
        return Optional.empty();
    }
}
