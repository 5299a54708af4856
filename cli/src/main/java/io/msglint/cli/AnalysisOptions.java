package io.msglint.cli;

import io.msglint.core.BaseDirs;
import io.msglint.core.ScanRequest;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.rules.config.Config;
import io.msglint.rules.config.ConfigException;
import io.msglint.rules.config.ConfigLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options that shape the analysis, shared by {@code check} and {@code sites}: the paths, the
 * classpath, the configuration, the base directory, the release, the cache and the threads.
 */
final class AnalysisOptions {

    private final List<Path> paths;
    private final String classpath;
    private final Path config;
    private final Path baseDir;
    private final String release;
    private final Path cache;
    private final String threads;
    private final boolean includeTests;
    private final List<String> profiles;

    AnalysisOptions(ParseResult parsed) {
        paths = paths(parsed.matchedPositionalValue(0, List.<String>of()));
        classpath = parsed.matchedOptionValue("--classpath", "");
        config = path(parsed.matchedOptionValue("--config", null));
        baseDir = path(parsed.matchedOptionValue("--base-dir", null));
        release = parsed.matchedOptionValue("--release", null);
        cache = path(parsed.matchedOptionValue("--cache", null));
        threads = parsed.matchedOptionValue("--threads", null);
        includeTests = parsed.hasMatchedOption("--include-tests");
        profiles = profiles(parsed.matchedOptionValue("--profile", List.<String>of()));
    }

    /** {@code --profile cloud --profile eu,prod}: every name, in order. */
    private static List<String> profiles(List<String> given) {
        List<String> names = new ArrayList<>();
        for (String value : given) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    /** Adds the options, in the order the usage shows them after the command's own. */
    static void addTo(CommandSpec spec) {
        spec.addOption(Options.value("--config", "FILE", "msglint.properties to use (default: the one in the base directory, if any)."));
        spec.addOption(Options.value("--base-dir", "DIR", "What report paths are relative to (default: the repository's root, the"
                + " nearest folder above the PATHs holding .git; else the deepest folder containing every PATH)."));
        spec.addOption(Options.value("--release", "N", "Java language level of the sources (default: the newest msglint knows)."));
        spec.addOption(Options.value("--cache", "DIR", "Keep per-file facts in DIR so unchanged files are not read or parsed again."));
        spec.addOption(Options.value("--threads", "N", "Worker threads (default: one per core). Results do not depend on it."));
        spec.addOption(Options.repeated("--profile", "NAME", List.of(), "A Spring profile whose application-NAME files to read"
                + " on top of those spring.profiles.active names (repeatable; comma-separated names too)."));
        spec.addOption(Options.flag("--include-tests", "Also check test sources found under a PATH (src/test, src/integrationTest...)."));
        spec.addPositional(Options.positionals("PATH", "1..*", "Source files or folders to scan."));
    }

    /** The classpath option, which the usage shows first. */
    static void addClasspathTo(CommandSpec spec) {
        spec.addOption(Options.value("--classpath", "CP", "Jars and class folders the code compiles against, separated by '"
                + File.pathSeparator + "'."));
    }

    /** What is wrong with the options, if anything. */
    Optional<String> problem() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                return Optional.of("path does not exist: " + path);
            }
        }
        if (config != null && !Files.isRegularFile(config)) {
            return Optional.of("configuration file does not exist: " + config);
        }
        if (threads != null && threads() < 1) {
            return Optional.of("--threads takes a whole number of at least 1, not '" + threads + "'");
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

    /** The scan the options ask for; the configuration read from its file. Call after {@link #problem}. */
    ScanRequest request() throws ConfigException {
        Path base = baseDir != null ? baseDir.toAbsolutePath().normalize() : BaseDirs.defaultBase(paths);
        Config loaded = config != null ? ConfigLoader.load(config)
                : ConfigLoader.loadLayered(BaseDirs.deepestCommonFolder(paths));
        if (includeTests) {
            loaded = loaded.withScope(loaded.scope().withTests(true));
        }
        return ScanRequest.of(paths, classpathEntries()).withBaseDir(base).withConfig(loaded)
                .withRelease(release == null ? 0 : LanguageLevels.parseRelease(release)).withThreads(threads())
                .withCache(Optional.ofNullable(cache)).withProfiles(profiles);
    }

    /** The worker threads asked for (0 when that is no whole number), else one per core. */
    private int threads() {
        if (threads == null) {
            return Math.max(1, Runtime.getRuntime().availableProcessors());
        }
        try {
            return Integer.parseInt(threads.trim());
        } catch (NumberFormatException e) {
            return 0;
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

    static List<Path> paths(List<String> names) {
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            paths.add(Path.of(name));
        }
        return paths;
    }

    static Path path(String name) {
        return name == null ? null : Path.of(name);
    }
}
