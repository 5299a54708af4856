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
    private final int threads;
    private final PrintWriter out;
    private final PrintWriter err;

    /** @param ciByDefault whether the environment says this is a CI run, when --ci is not given */
    CheckRun(Arguments arguments, boolean ciByDefault, PrintWriter out, PrintWriter err) throws UsageException {
        this.out = out;
        this.err = err;
        paths = arguments.positionals().stream().map(Path::of).toList();
        classpath = arguments.value("--classpath").orElse("");
        formats = arguments.values("--format");
        outputs = arguments.values("--output").stream().map(Path::of).toList();
        failOn = arguments.value("--fail-on").orElse("error");
        baseline = arguments.value("--baseline").map(Path::of).orElse(null);
        ci = arguments.flag("--ci", ciByDefault);
        config = arguments.value("--config").map(Path::of).orElse(null);
        baseDir = arguments.value("--base-dir").map(Path::of).orElse(null);
        release = arguments.value("--release").orElse(null);
        cache = arguments.value("--cache").map(Path::of).orElse(null);
        threads = arguments.positiveInt("--threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
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
                .withRelease(release == null ? 0 : LanguageLevels.parseRelease(release)).withThreads(threads).withCache(Optional.ofNullable(cache));
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
        if (release != null) {
            try {
                LanguageLevels.check(LanguageLevels.parseRelease(release));
            } catch (IllegalArgumentException e) {
                return Optional.of("bad --release '" + release + "': " + e.getMessage());
            }
        }
        return Optional.empty();
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
