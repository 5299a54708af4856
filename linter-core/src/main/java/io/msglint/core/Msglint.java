package io.msglint.core;

import io.msglint.core.cache.CacheKey;
import io.msglint.core.cache.ScanCache;
import io.msglint.core.engine.RuleEngine;
import io.msglint.core.extract.AnalysedFile;
import io.msglint.core.extract.AnalysisKey;
import io.msglint.core.extract.FileAnalysis;
import io.msglint.core.extract.FileExtractor;
import io.msglint.core.extract.LinkedFacts;
import io.msglint.core.extract.PayloadTypes;
import io.msglint.core.inventory.Inventory;
import io.msglint.core.parse.JavaParsing;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.resolve.ClassFiles;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scans a codebase: the one entry point the command line, the Maven plugin and tests use. The
 * stages, each handing a typed value to the next:
 * <ol>
 * <li>discover: the Java files under the paths ({@link SourceDiscovery});</li>
 * <li>index: read or recall each file, and pre-filter the candidates that may use Azure messaging
 *     ({@link FileIndex});</li>
 * <li>analyse: parse each candidate and extract its facts, in parallel, or take them from the cache;</li>
 * <li>link: classify the payload types the facts name ({@link LinkedFacts});</li>
 * <li>judge: run the rules ({@link RuleEngine});</li>
 * <li>report: findings, diagnostics and stats ({@link ScanResult}).</li>
 * </ol>
 * On a warm run the cache may already have linked and judged the same candidates while the walk
 * ran (its head start); the analyse, link and judge stages are then skipped.
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

    /** A file that may use Azure messaging, with the key its analysis goes by. */
    private record Candidate(IndexedFile file, AnalysisKey key) {
    }

    /** The indexed files, and the candidates among them in scan order. */
    private record Indexed(List<IndexedFile> files, List<Candidate> candidates) {

        List<AnalysisKey> keys() {
            List<AnalysisKey> keys = new ArrayList<>(candidates.size());
            for (Candidate candidate : candidates) {
                keys.add(candidate.key());
            }
            return keys;
        }
    }

    /** Linked facts, the rules' findings on them, and what it took to get them. */
    private record Judgement(LinkedFacts linked, List<Finding> findings, int parsed, long analysisMillis,
                             long resolveMillis, boolean linkedEarly) {
    }

    /** Every given path must exist; the caller checks and reports that as bad arguments. */
    public ScanResult scan(ScanRequest request) {
        long start = System.nanoTime();
        LanguageLevels.check(request.release());
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        ScanCache cache = openCache(request);
        List<SourceDiscovery.Found> found = SourceDiscovery.find(request.paths());
        Indexed indexed = index(request, found, cache, diagnostics, notes);
        long indexedAt = System.nanoTime();
        List<AnalysisKey> keys = indexed.keys();
        cache.rememberCandidates(keys);
        Judgement judgement;
        Optional<ScanCache.Judged> early = cache.headStart(keys);
        if (early.isPresent()) {
            judgement = new Judgement(early.get().linked(), early.get().findings(), 0, early.get().millis(), 0, true);
        } else {
            judgement = analyseLinkAndJudge(request, cache, indexed, notes);
        }
        Optional<String> unsaved = cache.save();
        if (unsaved.isPresent()) {
            notes.add(unsaved.get());
        }
        return report(request, indexed, judgement, diagnostics, notes, start, indexedAt);
    }

    private ScanCache openCache(ScanRequest request) {
        if (request.cacheDir().isEmpty()) {
            return ScanCache.disabled();
        }
        return ScanCache.open(request.cacheDir().get(),
                () -> CacheKey.of(version(), "release " + request.release(), request.classpath()),
                classifier(request), linked -> judge(linked, request));
    }

    /** Stage 2: each file read or recalled, pre-filtered, and the candidates keyed for analysis. */
    private static Indexed index(ScanRequest request, List<SourceDiscovery.Found> found, ScanCache cache,
                                 List<Diagnostic> diagnostics, Set<String> notes) {
        for (Path entry : request.classpath()) {
            if (!Files.exists(entry)) {
                notes.add("classpath entry does not exist: " + entry);
            }
        }
        List<IndexedFile> files = FileIndex.index(found, request.baseDir(), request.preFilter(), cache.files(),
                diagnostics);
        List<Candidate> candidates = new ArrayList<>();
        for (IndexedFile file : files) {
            for (String note : file.notes()) {
                diagnostics.add(new Diagnostic(file.reportPath(), note));
            }
            if (file.candidate()) {
                candidates.add(new Candidate(file, new AnalysisKey(file.contentHash(), file.reportPath())));
            }
        }
        if (files.isEmpty()) {
            diagnostics.add(new Diagnostic("", "no Java files found under " + request.paths()));
        }
        return new Indexed(files, candidates);
    }

    /** Stages 3 to 5: each candidate's facts from the cache or parsing, linked, judged. */
    private Judgement analyseLinkAndJudge(ScanRequest request, ScanCache cache, Indexed indexed, Set<String> notes) {
        if (indexed.candidates().isEmpty()) {
            return new Judgement(LinkedFacts.NONE, judge(LinkedFacts.NONE, request), 0, 0, 0, false);
        }
        try (LazyResolver resolution = new LazyResolver(() -> SourceLayout.of(indexed.files()),
                () -> new ClassFiles(request.classpath(), notes::add), request.release())) {
            long analysisStart = System.nanoTime();
            List<Candidate> toParse = new ArrayList<>();
            for (Candidate candidate : indexed.candidates()) {
                if (cache.analyses().lookup(candidate.key()).isEmpty()) {
                    toParse.add(candidate);
                }
            }
            Map<AnalysisKey, FileAnalysis> parsed = toParse.isEmpty() ? Map.of() : analyse(toParse,
                    new JavaParsing(LanguageLevels.forRelease(request.release()),
                            resolution.resolver().solver().symbolResolver()),
                    new FileExtractor(resolution.resolver()), request.threads(), request.skipIrrelevantBodies());
            List<AnalysedFile> analysed = new ArrayList<>();
            for (Candidate candidate : indexed.candidates()) {
                FileAnalysis analysis = parsed.containsKey(candidate.key()) ? parsed.get(candidate.key())
                        : cache.analyses().lookup(candidate.key()).orElseThrow();
                analysed.add(new AnalysedFile(candidate.key(), analysis));
                cache.analyses().remember(candidate.key(), analysis);
            }
            LinkedFacts linked = LinkedFacts.of(analysed,
                    new PayloadTypes(new TypeShapes(resolution::resolver, cache.types()), classifier(request)));
            long analysisMillis = (System.nanoTime() - analysisStart) / 1_000_000;
            return new Judgement(linked, judge(linked, request), toParse.size(), analysisMillis,
                    resolution.resolutionMillis(), false);
        }
    }

    /** Stage 6: the findings, every diagnostic in the contract's order, and what the scan cost. */
    private static ScanResult report(ScanRequest request, Indexed indexed, Judgement judgement,
                                     List<Diagnostic> diagnostics, Set<String> notes, long start, long indexedAt) {
        LinkedFacts linked = judgement.linked();
        diagnostics.addAll(linked.problems());
        for (String note : notes) {
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
        return new ScanResult(judgement.findings(), diagnostics, new Stats(indexed.files().size(), judgement.parsed(),
                millis, (indexedAt - start) / 1_000_000, judgement.analysisMillis(), judgement.resolveMillis(),
                judgement.linkedEarly()), Inventory.of(linked.sends(), linked.receives()));
    }

    private static PayloadClassifier classifier(ScanRequest request) {
        return new PayloadClassifier(request.config().kinds());
    }

    private List<Finding> judge(LinkedFacts linked, ScanRequest request) {
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

    /** Stage 3's parallel part: parses and extracts each candidate on the worker pool. */
    private static Map<AnalysisKey, FileAnalysis> analyse(List<Candidate> candidates, JavaParsing parsing,
                                                          FileExtractor extractor, int threads, boolean skipIrrelevant) {
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, candidates.size()), workerThreads());
        try {
            Map<AnalysisKey, Future<FileAnalysis>> futures = new LinkedHashMap<>();
            for (Candidate candidate : candidates) {
                futures.put(candidate.key(),
                        workers.submit(() -> analyseOne(candidate.file(), parsing, extractor, skipIrrelevant)));
            }
            Map<AnalysisKey, FileAnalysis> outcomes = new HashMap<>();
            for (Map.Entry<AnalysisKey, Future<FileAnalysis>> future : futures.entrySet()) {
                outcomes.put(future.getKey(), await(future.getValue()));
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
        }
    }

    private static FileAnalysis await(Future<FileAnalysis> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileAnalysis.failed("interrupted");
        } catch (ExecutionException e) {
            return FileAnalysis.failed("analysis failed: " + e.getCause());
        }
    }

    private static FileAnalysis analyseOne(IndexedFile file, JavaParsing parsing, FileExtractor extractor,
                                           boolean skipIrrelevant) {
        try {
            String text = file.text().isPresent() ? file.text().get()
                    : SourceReader.decode(Files.readAllBytes(file.path()), n -> { }).text();
            JavaParsing.Outcome parsed = parsing.parse(skipIrrelevant ? BodyFilter.filter(text) : text);
            if (parsed.unit().isEmpty()) {
                return FileAnalysis.failed("cannot parse: " + parsed.problem());
            }
            return FileAnalysis.of(extractor.extract(parsed.unit().get(), file.reportPath()));
        } catch (StackOverflowError e) {
            return FileAnalysis.failed("analysis gave up: the file nests too deeply");
        } catch (IOException e) {
            return FileAnalysis.failed("cannot read file: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return FileAnalysis.failed("analysis failed: " + e);
        }
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
