package io.msglint.core.spring;

import io.msglint.core.BaseDirs;
import io.msglint.core.Diagnostic;
import io.msglint.core.parse.DeepStack;
import io.msglint.rules.azure.SpringFrameworks;
import io.msglint.rules.azure.SpringFrameworks.Binder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Maven or Gradle modules of the scanned code, each with its Spring configuration: the
 * {@code application} files of {@code src/main/resources} beside the {@code src/main/java} that
 * holds a file, and the Azure binders the module depends on (by its classpath, its build file or
 * its binder configuration). Read once per module and run.
 */
public final class SpringModules {

    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
    private static final Pattern NOT_DEPENDENCIES = Pattern.compile(
            "(?s)<!--.*?-->|<modules>.*?</modules>|<dependencyManagement>.*?</dependencyManagement>");
    private static final long MAX_BUILD_FILE_BYTES = 2L * 1024 * 1024;

    private final Path base;
    private final List<String> profiles;
    private final List<Path> classpath;
    private final Map<Path, Module> modules = new ConcurrentHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final ParsedYaml parsed;

    /**
     * @param base      what report paths are relative to
     * @param profiles  Spring profiles to activate beyond those the files name
     * @param classpath the scan's classpath, whose jars show which binders a module uses
     * @param cacheDir  where YAML files parsed on earlier runs are kept, if anywhere
     */
    public SpringModules(Path base, List<String> profiles, List<Path> classpath, Optional<Path> cacheDir) {
        this.base = base.toAbsolutePath().normalize();
        this.profiles = List.copyOf(profiles);
        this.classpath = List.copyOf(classpath);
        this.parsed = ParsedYaml.in(cacheDir);
    }

    /**
     * Starts reading these files' modules on a thread of its own, while the files are parsed:
     * loading SnakeYAML costs a fresh JVM tens of milliseconds the linking would otherwise wait for.
     */
    public void prefetch(List<String> reportPaths) {
        if (reportPaths.isEmpty()) {
            return;
        }
        // The deep stack of the scan itself: a file reads alike whichever thread reads it first.
        Thread reader = DeepStack.thread(() -> {
            for (String reportPath : reportPaths) {
                of(reportPath);
            }
        }, "msglint-spring-config");
        reader.start();
    }

    /** Keeps the YAML files this run parsed for the next, in the cache folder. */
    public void save() {
        parsed.save();
    }

    /**
     * A module and what it configures.
     *
     * @param azureBinders the Azure binders it depends on
     */
    public record Module(Path root, SpringConfig config, Set<Binder> azureBinders) {

        /** Whether its JMS goes to Service Bus: it configures the starter, and does not switch it off. */
        public boolean jmsOnServiceBus() {
            return config.has(SpringFrameworks.JMS_SERVICE_BUS)
                    && !config.get(SpringFrameworks.JMS_SERVICE_BUS_ENABLED).map("false"::equalsIgnoreCase).orElse(false);
        }
    }

    /** The module of a file, by its report path. */
    public Module of(String reportPath) {
        Path root = moduleRoot(base.resolve(reportPath).normalize());
        return modules.computeIfAbsent(root, this::read);
    }

    /** Configuration files msglint could not read, each naming its file (and line where known). */
    public synchronized List<Diagnostic> problems() {
        List<Diagnostic> sorted = new ArrayList<>(problems);
        sorted.sort(Diagnostic.ORDER);
        return sorted;
    }

    /**
     * The folder above {@code src/<set>/java}; in another layout, the nearest folder with a build
     * file, else the base.
     */
    Path moduleRoot(Path file) {
        for (Path at = file.getParent(); at != null; at = at.getParent()) {
            Path set = at.getParent();
            Path src = set == null ? null : set.getParent();
            if (at.getFileName() != null && at.getFileName().toString().equals("java") && src != null
                    && src.getFileName() != null && src.getFileName().toString().equals("src") && src.getParent() != null) {
                return src.getParent();
            }
        }
        for (Path at = file.getParent(); at != null && at.startsWith(base); at = at.getParent()) {
            for (String buildFile : BUILD_FILES) {
                if (Files.isRegularFile(at.resolve(buildFile))) {
                    return at;
                }
            }
        }
        return file.startsWith(base) ? base : file.getParent() == null ? file : file.getParent();
    }

    private Module read(Path root) {
        SpringConfig config = ConfigFiles.load(root.resolve("src/main/resources"), profiles, this::problem, parsed);
        Set<Binder> binders = EnumSet.noneOf(Binder.class);
        for (Binder binder : Binder.values()) {
            if (config.has("spring.cloud.stream." + binder.type()) || dependsOn(root, binder)) {
                binders.add(binder);
            }
        }
        return new Module(root, config, binders);
    }

    private synchronized void problem(Path file, String message) {
        problems.add(new Diagnostic(BaseDirs.relative(base, file), "Spring configuration: " + message
                + "; msglint reads the module's other configuration files"));
    }

    /** Whether a jar of the binder is on the classpath, or the build file of the module or a parent names it. */
    private boolean dependsOn(Path root, Binder binder) {
        for (Path entry : classpath) {
            String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
            for (String artifact : binder.artifacts()) {
                if (name.startsWith(artifact)) {
                    return true;
                }
            }
        }
        for (Path at = root; at != null; at = at.getParent()) {
            for (String buildFile : BUILD_FILES) {
                if (names(at.resolve(buildFile), binder)) {
                    return true;
                }
            }
            if (at.equals(base) || !at.startsWith(base)) {
                break; // a parent build file counts up to the base, never beyond
            }
        }
        return false;
    }

    /**
     * What of a build file says what the module depends on. Of a pom, not its comments, the modules
     * an aggregator lists (a folder named like a binder is no dependency), nor the versions its
     * dependency management fixes for modules that may never use them.
     */
    private static String dependencies(Path buildFile, String text) {
        if (!buildFile.getFileName().toString().equals("pom.xml")) {
            return text;
        }
        return NOT_DEPENDENCIES.matcher(text).replaceAll("");
    }

    private static boolean names(Path buildFile, Binder binder) {
        try {
            if (!Files.isRegularFile(buildFile) || Files.size(buildFile) > MAX_BUILD_FILE_BYTES) {
                return false;
            }
            String text = dependencies(buildFile, Files.readString(buildFile, StandardCharsets.UTF_8));
            for (String artifact : binder.artifacts()) {
                if (text.contains(artifact)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
