package io.msglint.cli;

import io.msglint.core.BaseDirs;
import io.msglint.core.FailOn;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.baseline.BaselineFile;
import io.msglint.core.config.Config;
import io.msglint.core.config.ConfigException;
import io.msglint.core.config.ConfigLoader;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.report.Reporter;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/** One {@code msglint check}: its options, read once, and the scan they ask for. */
final class CheckRun {

    private final List<Path> paths;
    private final String classpath;
    private final List<String> formats;
    private final List<Path> outputs;
    private final String failOn;
    private final Path baseline;
    private final boolean ci;
    private final Path config;
    private final Path baseDir;
    private final String release;
    private final Path cache;
    private final String threadsGiven;
    private final PrintWriter out;
    private final PrintWriter err;

    /** @param ciByDefault whether the environment says this is a CI run, when --ci is not given */
    CheckRun(ParseResult parsed, boolean ciByDefault, PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        paths = paths(parsed.matchedPositionalValue(0, List.<String>of()));
        classpath = parsed.matchedOptionValue("--classpath", "");
        formats = parsed.matchedOptionValue("--format", List.<String>of());
        outputs = paths(parsed.matchedOptionValue("--output", List.<String>of()));
        failOn = parsed.matchedOptionValue("--fail-on", "error");
        baseline = path(parsed.matchedOptionValue("--baseline", null));
        Boolean ciOption = parsed.matchedOptionValue("--ci", null);
        // --ci alone: picocli gives a flag with an optional value no value, which means true
        ci = parsed.hasMatchedOption("--ci") ? ciOption == null || ciOption : ciByDefault;
        config = path(parsed.matchedOptionValue("--config", null));
        baseDir = path(parsed.matchedOptionValue("--base-dir", null));
        release = parsed.matchedOptionValue("--release", null);
        cache = path(parsed.matchedOptionValue("--cache", null));
        threadsGiven = parsed.matchedOptionValue("--threads", null);
    }

    private static List<Path> paths(List<String> names) {
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            paths.add(Path.of(name));
        }
        return paths;
    }

    private static Path path(String name) {
        return name == null ? null : Path.of(name);
    }

    /** Scans, applies the baseline, writes the reports; returns the exit code. */
    int check() throws IOException {
        Optional<String> problem = validate();
        if (problem.isPresent()) {
            return cannotRun(problem.get());
        }
        Path base = baseDir != null ? baseDir.toAbsolutePath().normalize() : BaseDirs.deepestCommonFolder(paths);
        Config loaded;
        try {
            loaded = config != null ? ConfigLoader.load(config) : ConfigLoader.loadOptional(base);
        } catch (ConfigException e) {
            return cannotRun(e.getMessage());
        }
        ScanRequest request = ScanRequest.of(paths, classpathEntries()).withBaseDir(base).withConfig(loaded)
                .withRelease(release == null ? 0 : LanguageLevels.parseRelease(release)).withThreads(threads()).withCache(Optional.ofNullable(cache));
        ScanResult result = new Msglint().scan(request);
        if (baseline != null) {
            Optional<ScanResult> baselined = applyBaseline(result);
            if (baselined.isEmpty()) {
                return Cli.CANNOT_RUN;
            }
            result = baselined.get();
        }
        List<String> formatList = formats.isEmpty() ? List.of("text") : formats;
        for (int i = 0; i < formatList.size(); i++) {
            String report = Reporter.named(formatList.get(i).toLowerCase(Locale.ROOT)).format(result);
            if (i < outputs.size()) {
                try {
                    Path out = outputs.get(i).toAbsolutePath();
                    if (out.getParent() != null) {
                        Files.createDirectories(out.getParent());
                    }
                    Files.writeString(out, report, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return cannotRun("cannot write " + outputs.get(i) + ": " + e.getMessage());
                }
            } else {
                out.print(report);
                out.flush();
            }
        }
        return FailOn.parse(failOn).orElseThrow().counted(result) > 0 ? 1 : 0;
    }

    private Optional<String> validate() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                return Optional.of("path does not exist: " + path);
            }
        }
        for (String format : formats) {
            if (!Reporter.FORMATS.contains(format.toLowerCase(Locale.ROOT))) {
                return Optional.of("unknown --format '" + format + "'; use one of " + Reporter.FORMATS);
            }
        }
        if (outputs.size() > Math.max(1, formats.size())) {
            return Optional.of("more --output than --format options; give them in pairs");
        }
        if (FailOn.parse(failOn).isEmpty()) {
            return Optional.of("unknown --fail-on '" + failOn + "'; use " + FailOn.CHOICES);
        }
        if (baseline != null && Files.isDirectory(baseline)) {
            return Optional.of("--baseline must be a file, not a folder: " + baseline);
        }
        if (config != null && !Files.isRegularFile(config)) {
            return Optional.of("configuration file does not exist: " + config);
        }
        if (threadsGiven != null && threads() < 1) {
            return Optional.of("--threads takes a whole number of at least 1, not '" + threadsGiven + "'");
        }
        if (release != null) {
            try {
                LanguageLevels.check(LanguageLevels.parseRelease(release));
            } catch (IllegalArgumentException e) {
                return Optional.of("bad --release '" + release + "': " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The worker threads asked for (0 when that is no whole number), else one per core. */
    private int threads() {
        if (threadsGiven == null) {
            return Math.max(1, Runtime.getRuntime().availableProcessors());
        }
        try {
            return Integer.parseInt(threadsGiven.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Filters out baselined findings; creates a missing baseline outside CI; shrinks a stale one. */
    private Optional<ScanResult> applyBaseline(ScanResult result) {
        BaselineFile.Outcome outcome = BaselineFile.apply(baseline, result, ci);
        outcome.messages().forEach(m -> err.println("msglint: " + m));
        return outcome.result();
    }

    private List<Path> classpathEntries() {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry.trim()));
            }
        }
        return entries;
    }

    private int cannotRun(String message) {
        err.println("msglint: " + message);
        return Cli.CANNOT_RUN;
    }
}
