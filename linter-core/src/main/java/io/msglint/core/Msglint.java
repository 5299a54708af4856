package io.msglint.core;

import io.msglint.core.cache.CacheKey;
import io.msglint.core.cache.ScanCache;
import io.msglint.core.engine.RuleEngine;
import io.msglint.core.extract.FileExtractor;
import io.msglint.core.extract.PayloadTypes;
import io.msglint.core.parse.JavaParsing;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.resolve.ClassFiles;
import io.msglint.core.resolve.DirectType;
import io.msglint.core.resolve.LazyResolver;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
 * facts per file) → link the facts (classify payload types) → run the rules. On a warm run a
 * {@link Speculation} links and judges the last run's candidates while the walk runs.
 *
 * <p>The warm path (walk, index, link, rules) is written as plain loops: it runs once in a fresh
 * JVM, where each lambda's first use costs a fraction of a millisecond to link.
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
        Supplier<ScanCache> cacheLoading = ScanCache::disabled;
        Speculation speculation = Speculation.NONE;
        if (request.cacheDir().isPresent()) {
            cacheLoading = ScanCache.loadAside(request.cacheDir().get(),
                    () -> CacheKey.of(version(), "release " + request.release(), request.classpath()));
            speculation = Speculation.start(cacheLoading, classifier(request), linked -> judge(linked, request));
        }
        List<SourceDiscovery.Found> discovered = SourceDiscovery.find(request.paths());
        ScanCache cache = cacheLoading.get();
        List<String> notes = new ArrayList<>();
        for (Path entry : request.classpath()) {
            if (!Files.exists(entry)) {
                notes.add("classpath entry does not exist: " + entry);
            }
        }
        List<IndexedFile> files = FileIndex.index(discovered, request.baseDir(), request.preFilter(), cache,
                diagnostics);
        for (IndexedFile file : files) {
            for (String note : file.notes()) {
                diagnostics.add(new Diagnostic(file.reportPath(), note));
            }
        }
        if (files.isEmpty()) {
            diagnostics.add(new Diagnostic("", "no Java files found under " + request.paths()));
        }
        long indexed = System.nanoTime();
        Judgement judgement = analyseLinkAndJudge(request, cache, files, speculation, notes);
        Linked linked = judgement.linked();
        diagnostics.addAll(linked.problems());
        Optional<String> unsaved = cache.save();
        if (unsaved.isPresent()) {
            notes.add(unsaved.get());
        }
        for (String note : new LinkedHashSet<>(notes)) {
            diagnostics.add(new Diagnostic("", note));
        }
        for (String conflict : linked.conflicts()) {
            diagnostics.add(new Diagnostic("", conflict));
        }
        if (linked.unresolved() > 0) {
            diagnostics.add(new Diagnostic("", unresolvedNote(linked.unresolved())));
        }
        diagnostics.sort(Diagnostic.ORDER);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ScanResult(judgement.findings(), diagnostics, new Stats(files.size(), judgement.parsed(), millis,
                (indexed - start) / 1_000_000, judgement.analysisMillis(), judgement.resolveMillis(),
                judgement.linkedEarly()));
    }

    /** The candidates' linked facts, the rules' findings on them, and what it took to get them. */
    private record Judgement(Linked linked, List<Finding> findings, int parsed, long analysisMillis,
                             long resolveMillis, boolean linkedEarly) {
    }

    /**
     * Takes each candidate's facts from the speculation, the cache or parsing, links them and
     * runs the rules.
     */
    private Judgement analyseLinkAndJudge(ScanRequest request, ScanCache cache, List<IndexedFile> files,
                                          Speculation speculation, List<String> notes) {
        List<IndexedFile> candidates = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (IndexedFile file : files) {
            if (file.candidate()) {
                candidates.add(file);
                keys.add(ScanCache.analysisKey(file.contentHash(), file.reportPath()));
            }
        }
        cache.rememberCandidates(keys);
        Optional<Speculation.Outcome> outcome = speculation.outcomeFor(keys);
        if (outcome.isPresent()) {
            for (String key : keys) {
                cache.remember(key, cache.analysis(key).orElseThrow());
            }
            for (DirectType type : outcome.get().typesRead()) {
                cache.remember(type);
            }
            return new Judgement(outcome.get().linked(), outcome.get().findings(), 0, outcome.get().millis(), 0, true);
        }
        if (candidates.isEmpty()) {
            return new Judgement(Linked.NONE, judge(Linked.NONE, request), 0, 0, 0, false);
        }
        try (LazyResolver resolution = new LazyResolver(() -> SourceLayout.of(files),
                () -> new ClassFiles(request.classpath(), notes::add), request.release())) {
            long analysisStart = System.nanoTime();
            List<ScanCache.Analysis> analyses = new ArrayList<>();
            List<IndexedFile> toParse = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Optional<ScanCache.Analysis> cached = cache.analysis(keys.get(i));
                analyses.add(cached.orElse(null));
                if (cached.isEmpty()) {
                    toParse.add(candidates.get(i));
                }
            }
            List<ScanCache.Analysis> fresh = toParse.isEmpty() ? List.of() : analyse(toParse,
                    new JavaParsing(LanguageLevels.forRelease(request.release()),
                            resolution.resolver().solver().symbolResolver()),
                    new FileExtractor(resolution.resolver()), request.threads(), request.skipIrrelevantBodies());
            for (int i = 0, next = 0; i < candidates.size(); i++) {
                if (analyses.get(i) == null) {
                    analyses.set(i, fresh.get(next++));
                }
                cache.remember(keys.get(i), analyses.get(i));
            }
            Linked linked = Linked.of(keys, analyses,
                    new PayloadTypes(new TypeShapes(resolution::resolver, cache), classifier(request)));
            long analysisMillis = (System.nanoTime() - analysisStart) / 1_000_000;
            return new Judgement(linked, judge(linked, request), toParse.size(), analysisMillis,
                    resolution.resolutionMillis(), false);
        }
    }

    private static PayloadClassifier classifier(ScanRequest request) {
        return new PayloadClassifier(request.config().kinds());
    }

    private List<Finding> judge(Linked linked, ScanRequest request) {
        return new RuleEngine(catalog, request.config())
                .run(new Facts(linked.sends(), linked.receives(), request.config().tiers()));
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
