package io.msglint.core;

import io.msglint.rules.config.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to scan.
 *
 * @param paths     source files or folders
 * @param classpath jars and class folders the code compiles against
 * @param baseDir   what report paths are relative to
 * @param release   the Java language level ({@code 17}); 0 means the newest JavaParser knows
 * @param threads   worker threads; results do not depend on it
 * @param preFilter  skip files that cannot matter before parsing them; results do not depend on it
 * @param cacheDir   where to keep per-file facts between runs; results do not depend on it
 * @param skipIrrelevantBodies blank method bodies that cannot affect a fact before parsing; findings do not
 *                   depend on it (a syntax error inside such a body is no longer an obstacle)
 * @param contextPaths sources read for what they define (sending methods, client beans, payload types)
 *                   but not reported on: another scan's, such as a sibling module's in a Maven build
 * @param profiles   Spring profiles to read configuration for, beyond those the files activate
 */
public record ScanRequest(List<Path> paths, List<Path> classpath, Path baseDir, int release, Config config,
                          int threads, boolean preFilter, Optional<Path> cacheDir, boolean skipIrrelevantBodies,
                          List<Path> contextPaths, List<String> profiles) {

    public ScanRequest {
        paths = List.copyOf(paths);
        classpath = List.copyOf(classpath);
        contextPaths = List.copyOf(contextPaths);
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(config, "config");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** The threads a scan runs at once: as asked, but never more than the machine's cores. */
    public int workers() {
        return Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors()));
    }

    public static ScanRequest of(List<Path> paths, List<Path> classpath) {
        return new ScanRequest(paths, classpath, BaseDirs.deepestCommonFolder(paths), 0, Config.DEFAULT,
                Math.max(1, Runtime.getRuntime().availableProcessors()), true, Optional.empty(), true, List.of(), List.of());
    }

    public ScanRequest withBaseDir(Path dir) {
        return new ScanRequest(paths, classpath, dir, release, config, threads, preFilter, cacheDir,
                skipIrrelevantBodies, contextPaths, profiles);
    }

    public ScanRequest withRelease(int newRelease) {
        return new ScanRequest(paths, classpath, baseDir, newRelease, config, threads, preFilter, cacheDir,
                skipIrrelevantBodies, contextPaths, profiles);
    }

    public ScanRequest withConfig(Config newConfig) {
        return new ScanRequest(paths, classpath, baseDir, release, newConfig, threads, preFilter, cacheDir,
                skipIrrelevantBodies, contextPaths, profiles);
    }

    public ScanRequest withPreFilter(boolean enabled) {
        return new ScanRequest(paths, classpath, baseDir, release, config, threads, enabled, cacheDir,
                skipIrrelevantBodies, contextPaths, profiles);
    }

    public ScanRequest withCache(Optional<Path> dir) {
        return new ScanRequest(paths, classpath, baseDir, release, config, threads, preFilter, dir,
                skipIrrelevantBodies, contextPaths, profiles);
    }

    public ScanRequest withSkipIrrelevantBodies(boolean enabled) {
        return new ScanRequest(paths, classpath, baseDir, release, config, threads, preFilter, cacheDir,
                enabled, contextPaths, profiles);
    }

    public ScanRequest withContext(List<Path> paths) {
        return new ScanRequest(this.paths, classpath, baseDir, release, config, threads, preFilter, cacheDir,
                skipIrrelevantBodies, paths, profiles);
    }

    public ScanRequest withProfiles(List<String> newProfiles) {
        return new ScanRequest(paths, classpath, baseDir, release, config, threads, preFilter, cacheDir,
                skipIrrelevantBodies, contextPaths, newProfiles);
    }

    public ScanRequest withThreads(int newThreads) {
        return new ScanRequest(paths, classpath, baseDir, release, config, newThreads, preFilter, cacheDir,
                skipIrrelevantBodies, contextPaths, profiles);
    }
}
