package io.msglint.core;

import io.msglint.core.cache.ScanCache;
import io.msglint.core.extract.PayloadTypes;
import io.msglint.core.resolve.DirectType;
import io.msglint.core.resolve.TypeShapes;
import io.msglint.rules.classify.PayloadClassifier;
import io.msglint.rules.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A warm run's head start. While the walk checks the tree, this links the facts of the files the
 * last run found to be candidates, straight from the cache, and runs the rules on them. If the
 * walk then finds exactly those candidates with the same content, that is the run's outcome: the
 * same cached facts, linked and judged by the same code. Otherwise (a candidate changed, came or
 * went; a payload type the cache cannot answer without the type solver, which needs the walk's
 * files) the run links and judges as usual. Every run still links its facts and runs the rules;
 * on an unchanged tree it only starts sooner, on the second core.
 */
final class Speculation {

    static final Speculation NONE = new Speculation(null, null);

    /**
     * What linking and judging the last run's candidates gave.
     *
     * @param typesRead payload types taken from the cache, which the cache must keep
     */
    record Outcome(Linked linked, List<Finding> findings, List<DirectType> typesRead, long millis) {
    }

    private final Supplier<ScanCache> cache;
    private final FutureTask<Optional<Outcome>> task;

    private Speculation(Supplier<ScanCache> cache, FutureTask<Optional<Outcome>> task) {
        this.cache = cache;
        this.task = task;
    }

    /**
     * Starts on its own thread, which waits for the cache.
     *
     * @param judge runs the rules on linked facts
     */
    static Speculation start(Supplier<ScanCache> cache, PayloadClassifier classifier,
                             Function<Linked, List<Finding>> judge) {
        FutureTask<Optional<Outcome>> task = new FutureTask<>(() -> run(cache.get(), classifier, judge));
        Thread thread = new Thread(task, "msglint-speculation");
        thread.setDaemon(true);
        thread.start();
        return new Speculation(cache, task);
    }

    /** The outcome, if the speculation assumed these candidates and stood; waits for it only then. */
    Optional<Outcome> outcomeFor(List<String> candidates) {
        if (task == null) {
            return Optional.empty();
        }
        if (!candidates.equals(cache.get().lastCandidates())) {
            task.cancel(true);
            return Optional.empty();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty(); // the usual path will meet the same problem and report it
        }
    }

    private static Optional<Outcome> run(ScanCache cache, PayloadClassifier classifier,
                                         Function<Linked, List<Finding>> judge) {
        long start = System.nanoTime();
        List<String> candidates = cache.lastCandidates();
        List<ScanCache.Analysis> analyses = new ArrayList<>();
        for (String key : candidates) {
            Optional<ScanCache.Analysis> analysis = cache.analysis(key);
            if (analysis.isEmpty()) {
                return Optional.empty();
            }
            analyses.add(analysis.get());
        }
        CachedTypesOnly types = new CachedTypesOnly(cache);
        try {
            Linked linked = Linked.of(candidates, analyses,
                    new PayloadTypes(new TypeShapes(CachedTypesOnly::noSolver, types), classifier));
            if (Thread.currentThread().isInterrupted()) {
                return Optional.empty(); // the walk found other candidates: not worth judging
            }
            List<Finding> findings = judge.apply(linked);
            return Optional.of(new Outcome(linked, findings, types.read, (System.nanoTime() - start) / 1_000_000));
        } catch (NeedsSolver e) {
            return Optional.empty();
        }
    }

    /** Payload types as the cache knows them; what was read is kept aside until the speculation stands. */
    private static final class CachedTypesOnly implements TypeShapes.Known {

        private final ScanCache cache;
        private final List<DirectType> read = new ArrayList<>();

        CachedTypesOnly(ScanCache cache) {
            this.cache = cache;
        }

        @Override
        public Optional<DirectType> lookup(String name) {
            return cache.lookup(name);
        }

        @Override
        public void remember(DirectType type) {
            read.add(type);
        }

        static <T> T noSolver() {
            throw new NeedsSolver();
        }
    }

    /** A type the cache does not know: only the type solver, built from the walk's files, can read it. */
    private static final class NeedsSolver extends RuntimeException {

        NeedsSolver() {
            super("the type solver is needed", null, false, false);
        }
    }
}
