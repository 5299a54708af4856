package io.msglint.core;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import io.msglint.core.engine.RuleEngine;
import io.msglint.core.extract.FileFacts;
import io.msglint.core.extract.PayloadTypes;
import io.msglint.core.extract.FileExtractor;
import io.msglint.core.parse.JavaParsing;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.core.resolve.TypeShapes;
import io.msglint.core.resolve.TypeSolving;
import io.msglint.core.source.PreFilter;
import io.msglint.core.source.SourceDiscovery;
import io.msglint.core.source.SourceFile;
import io.msglint.core.source.SourceReader;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.classify.PayloadClassifier;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Scans a codebase: the one entry point the command line, the Maven plugin and tests use. */
public final class Msglint {

    /** Worker stack size: deep expressions in generated or odd code must not overflow the default. */
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;

    private final RuleCatalog catalog;

    public Msglint() {
        this(RuleCatalog.standard());
    }

    public Msglint(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public static String version() {
        String version = Msglint.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** Every given path must exist; the caller checks and reports that as bad arguments. */
    public ScanResult scan(ScanRequest request) {
        long start = System.nanoTime();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SourceFile> files = read(request, diagnostics);
        long readDone = System.nanoTime();
        List<Path> sourceRoots = files.stream().map(SourceFile::sourceRoot).flatMap(Optional::stream)
                .distinct().sorted().toList();
        LanguageLevel level = LanguageLevels.forRelease(request.release());
        List<SourceFile> candidates = files.stream()
                .filter(f -> PreFilter.mayUseAzureMessaging(f.text()) && !SourceDiscovery.isGenerated(f.text()))
                .toList();
        List<String> notes = new ArrayList<>();
        List<SendSite> sends = new ArrayList<>();
        List<ReceiveSite> receives = new ArrayList<>();
        int unresolved = 0;
        PayloadTypes payloadTypes;
        long analysisStart;
        long analysisEnd;
        long resolveMillis;
        Set<String> sourceTypes = files.stream().filter(f -> f.sourceRoot().isPresent())
                .map(SourceFile::topLevelTypeName).collect(Collectors.toSet());
        try (TypeSolving solving = new TypeSolving(sourceRoots, sourceTypes, request.classpath(), level, notes::add)) {
            TypeResolver resolver = new TypeResolver(solving);
            payloadTypes = new PayloadTypes(new TypeShapes(resolver),
                    new PayloadClassifier(request.config().kinds()));
            FileExtractor extractor = new FileExtractor(resolver, payloadTypes);
            JavaParsing parsing = new JavaParsing(level, solving.symbolResolver());
            analysisStart = System.nanoTime();
            List<FileOutcome> outcomes = analyse(candidates, parsing, extractor, request.threads());
            analysisEnd = System.nanoTime();
            resolveMillis = solving.resolutionMillis();
            for (FileOutcome outcome : outcomes) {
                outcome.facts().ifPresent(f -> {
                    sends.addAll(f.sends());
                    receives.addAll(f.receives());
                });
                unresolved += outcome.facts().map(FileFacts::unresolvedCalls).orElse(0);
                outcome.diagnostic().ifPresent(diagnostics::add);
            }
        }
        notes.stream().distinct().forEach(n -> diagnostics.add(new Diagnostic("", n)));
        payloadTypes.conflicts().forEach(c -> diagnostics.add(new Diagnostic("", c)));
        if (unresolved > 0) {
            diagnostics.add(new Diagnostic("", unresolved + " candidate Azure SDK call" + (unresolved == 1 ? "" : "s")
                    + " could not be resolved, so msglint could not check " + (unresolved == 1 ? "it" : "them")
                    + ". Give the project's compile classpath: with Maven, run "
                    + "`mvn dependency:build-classpath -Dmdep.outputFile=cp.txt` and pass `--classpath @cp.txt`, "
                    + "or use the msglint Maven plugin, which passes it itself."));
        }
        List<Finding> findings = new RuleEngine(catalog, request.config())
                .run(new Facts(sends, receives, request.config().tiers()));
        diagnostics.sort(Diagnostic.ORDER);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ScanResult(findings, diagnostics, new Stats(files.size(), candidates.size(), millis,
                (readDone - start) / 1_000_000, (analysisEnd - analysisStart) / 1_000_000, resolveMillis));
    }

    private static List<SourceFile> read(ScanRequest request, List<Diagnostic> diagnostics) {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : SourceDiscovery.javaFiles(request.paths())) {
            String reportPath = BaseDirs.relative(request.baseDir().toAbsolutePath().normalize(), path);
            try {
                files.add(SourceReader.read(path, reportPath, note -> diagnostics.add(new Diagnostic(reportPath, note))));
            } catch (IOException | RuntimeException e) {
                diagnostics.add(new Diagnostic(reportPath, "cannot read file: " + e.getMessage()));
            }
        }
        if (files.isEmpty()) {
            diagnostics.add(new Diagnostic("", "no Java files found under " + request.paths()));
        }
        return files;
    }

    private record FileOutcome(Optional<FileFacts> facts, Optional<Diagnostic> diagnostic) {
    }

    private static List<FileOutcome> analyse(List<SourceFile> files, JavaParsing parsing, FileExtractor extractor,
                                             int threads) {
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())),
                workerThreads());
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            for (SourceFile file : files) {
                futures.add(workers.submit(() -> analyseOne(file, parsing, extractor)));
            }
            List<FileOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), files.get(i)));
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
        }
    }

    private static FileOutcome await(Future<FileOutcome> future, SourceFile file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(file, "interrupted");
        } catch (ExecutionException e) {
            return failed(file, "analysis failed: " + e.getCause());
        }
    }

    private static FileOutcome analyseOne(SourceFile file, JavaParsing parsing, FileExtractor extractor) {
        try {
            JavaParsing.Outcome parsed = parsing.parse(file.text());
            if (parsed.unit().isEmpty()) {
                return failed(file, "cannot parse: " + parsed.problem());
            }
            CompilationUnit unit = parsed.unit().get();
            return new FileOutcome(Optional.of(extractor.extract(unit, file.reportPath())), Optional.empty());
        } catch (StackOverflowError e) {
            return failed(file, "analysis gave up: the file nests too deeply");
        } catch (RuntimeException | LinkageError e) {
            return failed(file, "analysis failed: " + e);
        }
    }

    private static FileOutcome failed(SourceFile file, String message) {
        return new FileOutcome(Optional.empty(), Optional.of(new Diagnostic(file.reportPath(), message)));
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, "msglint-worker-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Whether every path exists; the first that does not, for the error message. */
    public static Optional<Path> firstMissing(List<Path> paths) {
        return paths.stream().filter(p -> !Files.exists(p)).findFirst();
    }

}
