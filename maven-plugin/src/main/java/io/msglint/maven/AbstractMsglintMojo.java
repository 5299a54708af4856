package io.msglint.maven;

import io.msglint.core.BaseDirs;
import io.msglint.core.ClasspathProbe;
import io.msglint.core.Diagnostic;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.Stats;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.report.JsonReporter;
import io.msglint.core.report.Printable;
import io.msglint.core.report.Reporter;
import io.msglint.rules.config.Config;
import io.msglint.rules.config.ConfigException;
import io.msglint.rules.config.ConfigLoader;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the goals share: the parameters, the scan with the project's sources and classpath, the reports. */
abstract class AbstractMsglintMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The build's other modules: the sources of those this one depends on are read as context. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the check. */
    @Parameter(property = "msglint.skip", defaultValue = "false")
    private boolean skip;

    /** msglint.properties; by default the one at the project's root, if any. */
    @Parameter(property = "msglint.configFile")
    private File configFile;

    /** Where the reports go. */
    @Parameter(property = "msglint.outputDirectory", defaultValue = "${project.build.directory}/msglint")
    File outputDirectory;

    /** Where per-file facts are kept between builds, so unchanged files are not parsed again. */
    @Parameter(property = "msglint.cacheDirectory", defaultValue = "${project.build.directory}/msglint/cache")
    private File cacheDirectory;

    /** Whether to use the cache. */
    @Parameter(property = "msglint.useCache", defaultValue = "true")
    private boolean useCache;

    /**
     * What report paths are relative to. Default: the repository's root (the nearest folder above
     * the module holding {@code .git}), else the build's top-level project: as the command line does.
     */
    @Parameter(property = "msglint.baseDir")
    private File baseDir;

    /**
     * Spring profiles whose {@code application-<profile>} files to read, on top of those
     * {@code spring.profiles.active} names: where Stream bindings and JMS destinations lead.
     */
    @Parameter(property = "msglint.profiles")
    private List<String> profiles;

    /** Also check the module's test sources (with its compile classpath: test libraries resolve as far as it reaches). */
    @Parameter(property = "msglint.includeTests", defaultValue = "false")
    private boolean includeTests;

    /** The largest source file read, in KB; a larger one is skipped with a note. Overrides {@code scan.maxFileSizeKb}. */
    @Parameter(property = "msglint.maxFileSizeKb")
    private Integer maxFileSizeKb;

    /** The sources' Java level; defaults to the compiler's release, then its source. */
    @Parameter(property = "msglint.release", defaultValue = "${maven.compiler.release}")
    private String release;

    @Parameter(defaultValue = "${maven.compiler.source}", readonly = true)
    private String compilerSource;

    /**
     * Scans the main sources; empty when the goal is skipped or the module cannot use Azure
     * messaging (no sources, or no messaging library on its compile classpath).
     */
    Optional<ScanResult> scan() throws MojoExecutionException {
        if (skip) {
            getLog().info("msglint: skipped");
            return Optional.empty();
        }
        List<String> sourceRoots = new ArrayList<>(project.getCompileSourceRoots());
        if (includeTests) {
            sourceRoots.addAll(project.getTestCompileSourceRoots());
        }
        List<Path> roots = sourceRoots.stream().map(Path::of).filter(Files::isDirectory).toList();
        if (roots.isEmpty()) {
            getLog().info("msglint: no sources to check");
            return Optional.empty();
        }
        List<Path> classpath = classpath();
        if (!ClasspathProbe.mayUseAzureMessaging(classpath)) {
            getLog().info("msglint: no Azure messaging library on the compile classpath; nothing to check");
            write("msglint.json", new JsonReporter(), new ScanResult(List.of(), List.of(), new Stats(0, 0, 0, 0, 0, 0, false)));
            return Optional.empty();
        }
        return Optional.of(new Msglint().scan(ScanRequest.of(roots, classpath)
                .withBaseDir(base()).withConfig(config()).withRelease(languageRelease())
                .withProfiles(profiles == null ? List.of() : profiles)
                .withCache(useCache ? Optional.of(cacheDirectory.toPath()) : Optional.empty())
                .withContext(siblingSources())));
    }

    /** The folder report paths are relative to: as given, else the repository's root, else the top-level project's. */
    Path base() {
        if (baseDir != null) {
            return baseDir.toPath().toAbsolutePath().normalize();
        }
        Path module = project.getBasedir().toPath();
        MavenProject top = session == null ? null : session.getTopLevelProject();
        return BaseDirs.repositoryRoot(module).orElse(top != null && top.getBasedir() != null
                ? top.getBasedir().toPath().toAbsolutePath().normalize() : module.toAbsolutePath().normalize());
    }

    /**
     * The sources of the modules of this build that this module depends on: read for their sending
     * methods, client beans and payload types, so a call here through a sibling's wrapper is judged
     * here. Their own sites are their modules' to report.
     */
    private List<Path> siblingSources() {
        Set<String> dependencies = new HashSet<>();
        for (Artifact artifact : project.getArtifacts()) {
            dependencies.add(artifact.getGroupId() + ":" + artifact.getArtifactId());
        }
        List<Path> roots = new ArrayList<>();
        for (MavenProject sibling : session == null ? List.<MavenProject>of() : session.getProjects()) {
            if (sibling != project && dependencies.contains(sibling.getGroupId() + ":" + sibling.getArtifactId())) {
                for (String root : sibling.getCompileSourceRoots()) {
                    if (Files.isDirectory(Path.of(root))) {
                        roots.add(Path.of(root));
                    }
                }
            }
        }
        return roots;
    }

    private List<Path> classpath() throws MojoExecutionException {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("msglint: cannot resolve the compile classpath", e);
        }
    }

    private Config config() throws MojoExecutionException {
        try {
            Config loaded = configFile != null ? ConfigLoader.load(configFile.toPath())
                    : ConfigLoader.loadLayered(project.getBasedir().toPath());
            // The test roots are given as roots of their own when asked for; found in no other root.
            loaded = loaded.withScope(loaded.scope().withTests(includeTests));
            if (maxFileSizeKb == null) {
                return loaded;
            }
            if (maxFileSizeKb < 1) {
                throw new MojoExecutionException("msglint: maxFileSizeKb must be at least 1, not " + maxFileSizeKb);
            }
            return loaded.withMaxFileSizeKb(maxFileSizeKb);
        } catch (ConfigException e) {
            throw new MojoExecutionException("msglint: " + e.getMessage());
        }
    }

    private int languageRelease() throws MojoExecutionException {
        String level = release != null && !release.isBlank() ? release : compilerSource;
        if (level == null || level.isBlank()) {
            return 0;
        }
        try {
            int parsed = LanguageLevels.parseRelease(level);
            LanguageLevels.check(parsed);
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("msglint: unusable Java level '" + level + "'");
        }
    }

    /**
     * In the style of maven-pmd-plugin: one line per finding, named by the module (under
     * {@code mvn -T} modules' lines interleave). {@code [ERROR]} only for a finding that fails the
     * build; other findings at or above the threshold are warnings, the rest information.
     *
     * @param failsBuild whether a finding of a severity fails the build
     */
    void log(ScanResult result, Predicate<Severity> failsBuild) {
        String module = "msglint [" + project.getArtifactId() + "]";
        for (Finding f : result.findings()) {
            String line = module + " " + f.ruleId() + " " + Printable.visible(f.location() + ": " + f.message());
            if (failsBuild.test(f.severity())) {
                getLog().error(line);
            } else if (f.severity() != Severity.INFO) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            getLog().info(module + " note" + Printable.visible((d.file().isEmpty() ? "" : " " + d.file()) + ": " + d.message()));
        }
        getLog().info(module + ": " + result.findings().size() + " finding(s), " + result.stats().filesScanned()
                + " files scanned in " + result.stats().millis() + " ms");
    }

    Path write(String fileName, Reporter reporter, ScanResult result) throws MojoExecutionException {
        Path out = outputDirectory.toPath().resolve(fileName);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, reporter.format(result), StandardCharsets.UTF_8);
            return out;
        } catch (IOException e) {
            throw new MojoExecutionException("msglint: cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
