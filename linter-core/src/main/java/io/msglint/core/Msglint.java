package io.msglint.core;

import io.msglint.core.cache.CacheKey;
import io.msglint.core.cache.ScanCache;
import io.msglint.core.engine.RuleEngine;
import io.msglint.core.extract.FileExtractor;
import io.msglint.core.extract.FileFacts;
import io.msglint.core.extract.Linker;
import io.msglint.core.extract.PayloadTypes;
import io.msglint.core.parse.JavaParsing;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.resolve.CompiledTypes;
import io.msglint.core.resolve.LazySolving;
import io.msglint.core.resolve.TypeShapes;
import io.msglint.core.source.BodyFilter;
import io.msglint.core.source.FileIndex;
import io.msglint.core.source.IndexedFile;
import io.msglint.core.source.SourceDiscovery;
import io.msglint.core.source.SourceLayout;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Scans a codebase: the one entry point the command line, the Maven plugin and tests use.
 * Index the files (pre-filter, cache) → analyse the candidates in parallel (parse, extract
 * facts per file) → link the facts (classify payload types) → run the rules.
 */
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
        LanguageLevels.check(request.release());
        Supplier<ScanCache> cacheLoading = request.cacheDir()
                .map(dir -> ScanCache.loadAside(dir,
                        () -> CacheKey.of(version(), "release " + request.release(), request.classpath())))
                .orElse(ScanCache::disabled);
        List<SourceDiscovery.Found> discovered = SourceDiscovery.find(request.paths());
        ScanCache cache = cacheLoading.get();
        List<String> notes = new ArrayList<>();
        request.classpath().stream().filter(entry -> !Files.exists(entry))
                .forEach(entry -> notes.add("classpath entry does not exist: " + entry));
        List<IndexedFile> files = FileIndex.index(discovered, request.baseDir(), request.preFilter(), cache,
                diagnostics::add);
        files.forEach(f -> f.notes().forEach(n -> diagnostics.add(new Diagnostic(f.reportPath(), n))));
        if (files.isEmpty()) {
            diagnostics.add(new Diagnostic("", "no Java files found under " + request.paths()));
        }
        long indexed = System.nanoTime();
        Linked linked = analyseAndLink(request, cache, files, diagnostics, notes);
        cache.save().ifPresent(notes::add);
        notes.stream().distinct().forEach(n -> diagnostics.add(new Diagnostic("", n)));
        linked.conflicts().forEach(c -> diagnostics.add(new Diagnostic("", c)));
        if (linked.unresolved() > 0) {
            diagnostics.add(new Diagnostic("", unresolvedNote(linked.unresolved())));
        }
        List<Finding> findings = new RuleEngine(catalog, request.config())
                .run(new Facts(linked.sends(), linked.receives(), request.config().tiers()));
        diagnostics.sort(Diagnostic.ORDER);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ScanResult(findings, diagnostics, new Stats(files.size(), linked.parsed(), millis,
                (indexed - start) / 1_000_000, linked.analysisMillis(), linked.resolveMillis()));
    }

    /** The linked facts of the candidate files, and what it took to get them. */
    private record Linked(List<SendSite> sends, List<ReceiveSite> receives, int unresolved, int parsed,
                          Set<String> conflicts, long analysisMillis, long resolveMillis) {

        static final Linked NONE = new Linked(List.of(), List.of(), 0, 0, Set.of(), 0, 0);
    }

    /** Takes each candidate's facts from the cache or parses it, then links all facts. */
    private static Linked analyseAndLink(ScanRequest request, ScanCache cache,
                                         List<IndexedFile> files, List<Diagnostic> diagnostics, List<String> notes) {
        List<IndexedFile> candidates = files.stream().filter(IndexedFile::candidate).toList();
        if (candidates.isEmpty()) {
            return Linked.NONE;
        }
        try (LazySolving solving = new LazySolving(() -> SourceLayout.of(files),
                () -> new CompiledTypes(request.classpath(), notes::add), request.release())) {
            long analysisStart = System.nanoTime();
            List<ScanCache.Analysis> analyses = new ArrayList<>();
            List<IndexedFile> toParse = new ArrayList<>();
            for (IndexedFile file : candidates) {
                Optional<ScanCache.Analysis> cached = cache.analysis(analysisKey(file));
                analyses.add(cached.orElse(null));
                if (cached.isEmpty()) {
                    toParse.add(file);
                }
            }
            List<ScanCache.Analysis> fresh = toParse.isEmpty() ? List.of() : analyse(toParse,
                    new JavaParsing(LanguageLevels.forRelease(request.release()),
                            solving.resolver().solving().symbolResolver()),
                    new FileExtractor(solving.resolver()), request.threads(), request.skipIrrelevantBodies());
            for (int i = 0, next = 0; i < candidates.size(); i++) {
                if (analyses.get(i) == null) {
                    analyses.set(i, fresh.get(next++));
                }
                cache.remember(analysisKey(candidates.get(i)), analyses.get(i));
            }
            PayloadTypes payloadTypes = new PayloadTypes(new TypeShapes(solving::resolver, cache),
                    new PayloadClassifier(request.config().kinds()));
            Linker linker = new Linker(payloadTypes);
            List<SendSite> sends = new ArrayList<>();
            List<ReceiveSite> receives = new ArrayList<>();
            int unresolved = 0;
            for (int i = 0; i < candidates.size(); i++) {
                ScanCache.Analysis analysis = analyses.get(i);
                String reportPath = candidates.get(i).reportPath();
                analysis.problem().ifPresent(p -> diagnostics.add(new Diagnostic(reportPath, p)));
                if (analysis.facts().isPresent()) {
                    FileFacts facts = analysis.facts().get();
                    facts.sends().forEach(s -> sends.add(linker.link(s)));
                    facts.receives().forEach(r -> receives.add(linker.link(r)));
                    unresolved += facts.unresolvedCalls();
                }
            }
            return new Linked(sends, receives, unresolved, toParse.size(), payloadTypes.conflicts(),
                    (System.nanoTime() - analysisStart) / 1_000_000, solving.resolutionMillis());
        }
    }

    private static String unresolvedNote(int unresolved) {
        return unresolved + " candidate Azure SDK call" + (unresolved == 1 ? "" : "s")
                + " could not be resolved, so msglint could not check " + (unresolved == 1 ? "it" : "them")
                + ". Give the project's compile classpath: with Maven, run "
                + "`mvn dependency:build-classpath -Dmdep.outputFile=cp.txt` and pass `--classpath @cp.txt`, "
                + "or use the msglint Maven plugin, which passes it itself.";
    }

    private static List<ScanCache.Analysis> analyse(List<IndexedFile> files, JavaParsing parsing,
                                                    FileExtractor extractor, int threads, boolean skipIrrelevant) {
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, files.size()), workerThreads());
        try {
            List<Future<ScanCache.Analysis>> futures = new ArrayList<>();
            for (IndexedFile file : files) {
                futures.add(workers.submit(() -> analyseOne(file, parsing, extractor, skipIrrelevant)));
            }
            List<ScanCache.Analysis> outcomes = new ArrayList<>();
            for (Future<ScanCache.Analysis> future : futures) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
        }
    }

    private static ScanCache.Analysis await(Future<ScanCache.Analysis> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        } catch (ExecutionException e) {
            return failed("analysis failed: " + e.getCause());
        }
    }

    private static ScanCache.Analysis analyseOne(IndexedFile file, JavaParsing parsing, FileExtractor extractor,
                                                 boolean skipIrrelevant) {
        try {
            String text = file.text().isPresent() ? file.text().get()
                    : SourceReader.decode(Files.readAllBytes(file.path()), n -> { }).text();
            JavaParsing.Outcome parsed = parsing.parse(skipIrrelevant ? BodyFilter.filter(text) : text);
            if (parsed.unit().isEmpty()) {
                return failed("cannot parse: " + parsed.problem());
            }
            return new ScanCache.Analysis(Optional.of(extractor.extract(parsed.unit().get(), file.reportPath())),
                    Optional.empty());
        } catch (StackOverflowError e) {
            return failed("analysis gave up: the file nests too deeply");
        } catch (IOException e) {
            return failed("cannot read file: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return failed("analysis failed: " + e);
        }
    }

    /** Facts name their file, so two files with the same content still have their own entries. */
    private static String analysisKey(IndexedFile file) {
        return file.contentHash() + "|" + file.reportPath();
    }

    private static ScanCache.Analysis failed(String problem) {
        return new ScanCache.Analysis(Optional.empty(), Optional.of(problem));
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, "msglint-worker-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
