package io.msglint.cli;

import io.msglint.core.BaseDirs;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.baseline.Baseline;
import io.msglint.core.config.Config;
import io.msglint.core.config.ConfigException;
import io.msglint.core.config.ConfigLoader;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.report.Reporter;
import io.msglint.rules.model.Severity;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    private List<Path> paths;
    private String classpath;
    private List<String> formats;
    private List<Path> outputs;
    private String failOn;
    private Path baseline;
    private boolean ci;
    private Path config;
    private Path baseDir;
    private String release;
    private Path cache;
    private int threads;
    private PrintWriter out;
    private PrintWriter err;

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
        this.out = out;
        this.err = err;
        paths = arguments.positionals().stream().map(Path::of).toList();
        classpath = arguments.value("--classpath").orElse("");
        formats = arguments.values("--format");
        outputs = arguments.values("--output").stream().map(Path::of).toList();
        failOn = arguments.value("--fail-on").orElse("error");
        baseline = arguments.value("--baseline").map(Path::of).orElse(null);
        ci = arguments.flag("--ci", isCi(environment.get("CI")));
        config = arguments.value("--config").map(Path::of).orElse(null);
        baseDir = arguments.value("--base-dir").map(Path::of).orElse(null);
        release = arguments.value("--release").orElse(null);
        cache = arguments.value("--cache").map(Path::of).orElse(null);
        threads = arguments.positiveInt("--threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
        return check();
    }

    /** CI services set CI to true (some to 1). */
    private static boolean isCi(String variable) {
        return variable != null && (variable.equalsIgnoreCase("true") || variable.equals("1"));
    }

    private int check() throws IOException {
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
        if (failOn.equalsIgnoreCase("never")) {
            return 0;
        }
        return result.countAtLeast(Severity.parse(failOn)) > 0 ? 1 : 0;
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
        if (!List.of("error", "warning", "info", "never").contains(failOn.toLowerCase(Locale.ROOT))) {
            return Optional.of("unknown --fail-on '" + failOn + "'; use error, warning, info or never");
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
        try {
            if (!Files.exists(baseline)) {
                if (ci) {
                    err.println("msglint: baseline " + baseline + " does not exist; CI may not "
                            + "create one: create it locally with --baseline and commit it");
                    return Optional.empty();
                }
                Baseline created = Baseline.of(result.findings());
                created.write(baseline);
                err.println("msglint: created baseline " + baseline + " with "
                        + created.size() + " finding(s)");
                return Optional.of(created.apply(result).result());
            }
            Baseline.Applied applied = Baseline.load(baseline).apply(result);
            if (applied.stale() > 0 && !ci) {
                applied.shrunk().write(baseline);
            }
            return Optional.of(applied.result());
        } catch (IOException e) {
            err.println("msglint: cannot use baseline " + baseline + ": " + e.getMessage());
            return Optional.empty();
        }
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
