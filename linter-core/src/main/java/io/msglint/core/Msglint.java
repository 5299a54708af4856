package io.msglint.core;

import io.msglint.core.cache.CacheKey;
import io.msglint.core.cache.ScanCache;
import io.msglint.core.engine.RuleEngine;
import io.msglint.core.engine.UnusedSuppressions;
import io.msglint.core.engine.Verdicts;
import io.msglint.core.extract.AnalysisKey;
import io.msglint.core.extract.Bindings;
import io.msglint.core.extract.LinkedFacts;
import io.msglint.core.extract.PayloadTypes;
import io.msglint.core.inventory.Inventory;
import io.msglint.core.parse.DeepStack;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.resolve.ClassFiles;
import io.msglint.core.resolve.LazyResolver;
import io.msglint.core.resolve.TypeShapes;
import io.msglint.core.source.FileIndex;
import io.msglint.core.source.IndexedFile;
import io.msglint.core.source.PreFilter;
import io.msglint.core.source.SourceDiscovery;
import io.msglint.core.source.SourceLayout;
import io.msglint.core.spring.SpringBindings;
import io.msglint.core.spring.SpringModules;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.classify.PayloadClassifier;
import io.msglint.rules.config.Scope;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scans a codebase: the one entry point the command line, the Maven plugin and tests use. The
 * stages, each handing a typed value to the next:
 * <ol>
 * <li>discover: the Java files under the paths ({@link SourceDiscovery});</li>
 * <li>index: read or recall each file, and pre-filter the candidates that may use Azure messaging
 *     ({@link FileIndex});</li>
 * <li>analyse: parse each candidate and extract its facts, in parallel, or take them from the cache;
 *     then find and analyse the files that call the project's sending methods ({@link Analysis});</li>
 * <li>link: follow payloads through the project's methods to where they enter, and classify the
 *     payload types the facts name ({@link LinkedFacts});</li>
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

    /** Linked facts, the rules' findings on them, and what it took to get them. */
    private record Judgement(LinkedFacts linked, Verdicts verdicts, int parsed, long analysisMillis,
                             long resolveMillis, boolean linkedEarly) {
    }

    /** Every given path must exist; the caller checks and reports that as bad arguments. */
    public ScanResult scan(ScanRequest request) {
        return DeepStack.call(() -> scanHere(request), "msglint-scan");
    }

    private ScanResult scanHere(ScanRequest request) {
        long start = System.nanoTime();
        LanguageLevels.check(request.release());
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        SpringModules modules = new SpringModules(request.baseDir(), request.profiles(), request.classpath(),
                request.cacheDir());
        Bindings bindings = new SpringBindings(modules);
        ScanCache cache = openCache(request, bindings);
        List<Path> roots = new ArrayList<>(request.paths());
        roots.addAll(request.contextPaths());
        List<SourceDiscovery.Found> found = inScope(SourceDiscovery.find(roots, request.config().scope().tests()), request);
        List<IndexedFile> files = index(request, found, cache, diagnostics, notes);
        modules.prefetch(springCandidates(files));
        long indexedAt = System.nanoTime();
        Judgement judgement = analyseLinkAndJudge(request, cache, bindings, files, notes);
        cache.problem().ifPresent(notes::add);
        modules.save();
        Optional<String> unsaved = cache.save();
        if (unsaved.isPresent()) {
            notes.add(unsaved.get());
        }
        ScanResult result = report(request, files, judgement, diagnostics, notes, start, indexedAt);
        return request.contextPaths().isEmpty() ? result : ContextFiles.of(request, files).leftOut(result);
    }

    private ScanCache openCache(ScanRequest request, Bindings bindings) {
        if (request.cacheDir().isEmpty()) {
            return ScanCache.disabled();
        }
        return ScanCache.open(request.cacheDir().get(), request.baseDir(),
                () -> CacheKey.of(version(), "release " + request.release(), request.classpath()),
                classifier(request), bindings, linked -> judge(linked, request));
    }

    /** The files found that the configured globs keep. */
    private static List<SourceDiscovery.Found> inScope(List<SourceDiscovery.Found> found, ScanRequest request) {
        Scope scope = request.config().scope();
        if (!scope.hasGlobs()) {
            return found;
        }
        Path base = request.baseDir().toAbsolutePath().normalize();
        List<SourceDiscovery.Found> kept = new ArrayList<>(found.size());
        for (SourceDiscovery.Found file : found) {
            if (scope.keeps(BaseDirs.relative(base, file.path()))) {
                kept.add(file);
            }
        }
        return kept;
    }

    /** Candidates read this run that use a Spring framework over Azure: their modules' configuration is needed. */
    private static List<String> springCandidates(List<IndexedFile> files) {
        List<String> paths = new ArrayList<>();
        for (IndexedFile file : files) {
            if (file.candidate() && file.text().isPresent() && PreFilter.mayUseSpringMessaging(file.text().get())) {
                paths.add(file.reportPath());
            }
        }
        return paths;
    }

    /** Stage 2: each file read or recalled, and pre-filtered: a candidate may use Azure messaging. */
    private static List<IndexedFile> index(ScanRequest request, List<SourceDiscovery.Found> found, ScanCache cache,
                                           List<Diagnostic> diagnostics, Set<String> notes) {
        for (Path entry : request.classpath()) {
            if (!Files.exists(entry)) {
                notes.add("classpath entry does not exist: " + entry);
            }
        }
        List<IndexedFile> files = FileIndex.index(found, request.baseDir(), request.preFilter(), cache.files(),
                request.workers(), request.config().maxFileBytes(), diagnostics);
        for (IndexedFile file : files) {
            for (String note : file.notes()) {
                diagnostics.add(new Diagnostic(file.reportPath(), note));
            }
        }
        if (files.isEmpty()) {
            diagnostics.add(new Diagnostic("", "no Java files found under " + request.paths()));
        }
        return files;
    }

    /**
     * Stages 3 to 5: each file's analysis from the cache or parsing ({@link Analysis}), linked and
     * judged; or, when nothing had to be parsed and the cache's head start assumed these very
     * analyses, what the head start linked and judged while the walk ran.
     */
    private Judgement analyseLinkAndJudge(ScanRequest request, ScanCache cache, Bindings bindings,
                                          List<IndexedFile> files,
                                          Set<String> notes) {
        try (LazyResolver resolution = new LazyResolver(() -> SourceLayout.of(files),
                () -> new ClassFiles(request.classpath(), notes::add), request.release())) {
            long analysisStart = System.nanoTime();
            Analysis.Result analysed = new Analysis(request, cache, resolution).of(files);
            List<AnalysisKey> keys = analysed.keys();
            cache.rememberCandidates(keys);
            if (analysed.parsed() == 0) {
                Optional<ScanCache.Judged> early = cache.headStart(keys);
                if (early.isPresent()) {
                    return new Judgement(early.get().linked(), early.get().verdicts(), 0, early.get().millis(), 0, true);
                }
            }
            LinkedFacts linked = analysed.files().isEmpty() ? LinkedFacts.NONE : LinkedFacts.of(analysed.files(),
                    new PayloadTypes(new TypeShapes(resolution::resolver, cache.types()), classifier(request)), bindings);
            long analysisMillis = (System.nanoTime() - analysisStart) / 1_000_000;
            return new Judgement(linked, judge(linked, request), analysed.parsed(), analysisMillis,
                    resolution.resolutionMillis(), false);
        }
    }

    /** Stage 6: the findings, every diagnostic in the contract's order, and what the scan cost. */
    private ScanResult report(ScanRequest request, List<IndexedFile> files, Judgement judgement,
                              List<Diagnostic> diagnostics, Set<String> notes, long start, long indexedAt) {
        LinkedFacts linked = judgement.linked();
        Verdicts verdicts = judgement.verdicts();
        diagnostics.addAll(linked.problems());
        diagnostics.addAll(UnusedSuppressions.of(linked.declared(), verdicts.suppressed(), catalog, request.config()));
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
        List<Finding> judged = new ArrayList<>(verdicts.findings());
        for (SuppressedFinding suppressed : verdicts.suppressed()) {
            judged.add(suppressed.finding());
        }
        judged.addAll(verdicts.heldBack());
        return new ScanResult(verdicts.findings(), diagnostics, new Stats(files.size(), judgement.parsed(),
                millis, (indexedAt - start) / 1_000_000, judgement.analysisMillis(), judgement.resolveMillis(),
                judgement.linkedEarly()), Inventory.of(linked.sends(), linked.receives()),
                ScanResult.anchorsOf(judged, linked.anchors()),
                ScanResult.Origin.of(request.baseDir(), request.paths()), verdicts.suppressed(), verdicts.heldBack());
    }

    private static PayloadClassifier classifier(ScanRequest request) {
        return new PayloadClassifier(request.config().kinds());
    }

    private Verdicts judge(LinkedFacts linked, ScanRequest request) {
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
}
