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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msglint check}: scans, writes the reports, and sets the exit code. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Scans Java sources for Azure messaging mismatches.",
        footer = {"",
                "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 msglint could not run.",
                "",
                "The classpath lets msglint resolve SDK calls and payload types. With Maven:",
                "  mvn dependency:build-classpath -Dmdep.outputFile=cp.txt",
                "  java -jar msglint.jar check --classpath @cp.txt src/main/java",
                "(an @file argument is replaced by the file's content, which keeps long classpaths off the command line)."})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Source files or folders to scan.")
    List<Path> paths;

    @Option(names = "--classpath", paramLabel = "CP", description = "Jars and class folders the code compiles against, separated by '${sys:path.separator}'.")
    String classpath = "";

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, sarif or html; repeat with --output for several reports.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "Where the report of the --format at the same position goes (default: standard output).")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error (default), warning, info or never.")
    String failOn = "error";

    @Option(names = "--baseline", paramLabel = "FILE", description = "Findings accepted for now: they are not reported."
            + " A missing FILE is created from this run's findings (not with --ci); entries that no longer"
            + " occur are dropped from it. It never grows.")
    Path baseline;

    @Option(names = "--ci", arity = "0..1", fallbackValue = "true", defaultValue = "${env:CI:-false}",
            description = "Run as a CI gate: a missing baseline is an error and the baseline is never rewritten"
                    + " (default: the CI environment variable).")
    boolean ci;

    @Option(names = "--config", paramLabel = "FILE", description = "msglint.properties to use (default: the one in the base directory, if any).")
    Path config;

    @Option(names = "--base-dir", paramLabel = "DIR", description = "What report paths are relative to (default: the deepest folder containing every PATH).")
    Path baseDir;

    @Option(names = "--release", paramLabel = "N", description = "Java language level of the sources (default: the newest msglint knows).")
    String release;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep per-file facts in DIR so unchanged files are not read or parsed again.")
    Path cache;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core). Results do not depend on it.")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Override
    public Integer call() throws IOException {
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
                return MsglintCommand.CANNOT_RUN;
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
                spec.commandLine().getOut().print(report);
                spec.commandLine().getOut().flush();
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
        if (threads < 1) {
            return Optional.of("--threads must be at least 1");
        }
        return Optional.empty();
    }

    /** Filters out baselined findings; creates a missing baseline outside CI; shrinks a stale one. */
    private Optional<ScanResult> applyBaseline(ScanResult result) {
        try {
            if (!Files.exists(baseline)) {
                if (ci) {
                    spec.commandLine().getErr().println("msglint: baseline " + baseline + " does not exist; CI may not "
                            + "create one: create it locally with --baseline and commit it");
                    return Optional.empty();
                }
                Baseline created = Baseline.of(result.findings());
                created.write(baseline);
                spec.commandLine().getErr().println("msglint: created baseline " + baseline + " with "
                        + created.size() + " finding(s)");
                return Optional.of(created.apply(result).result());
            }
            Baseline.Applied applied = Baseline.load(baseline).apply(result);
            if (applied.stale() > 0 && !ci) {
                applied.shrunk().write(baseline);
            }
            return Optional.of(applied.result());
        } catch (IOException e) {
            spec.commandLine().getErr().println("msglint: cannot use baseline " + baseline + ": " + e.getMessage());
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
        spec.commandLine().getErr().println("msglint: " + message);
        return MsglintCommand.CANNOT_RUN;
    }
}
