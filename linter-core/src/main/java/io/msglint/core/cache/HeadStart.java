package io.msglint.core.cache;

import io.msglint.core.engine.Verdicts;
import io.msglint.core.extract.AnalysedFile;
import io.msglint.core.extract.AnalysisKey;
import io.msglint.core.extract.FileAnalysis;
import io.msglint.core.extract.Bindings;
import io.msglint.core.extract.LinkedFacts;
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

/**
 * A warm run's head start. While the walk checks the tree, this links the facts of the files the
 * last run found to be candidates, straight from the cache, and runs the rules on them. If the
 * walk then finds exactly those candidates with the same content, that is the run's outcome: the
 * same cached facts, linked and judged by the same code. Otherwise (a candidate changed, came or
 * went; a payload type the cache cannot vouch for without the type solver, which needs the walk's
 * files) the run links and judges as usual. Every run still links its facts and runs the rules;
 * on an unchanged tree it only starts sooner, on the second core.
 */
final class HeadStart {

    /**
     * What linking and judging the last run's candidates gave.
     *
     * @param typesRead payload types taken from the cache, which the cache must keep if this stands
     */
    record Outcome(List<AnalysedFile> files, LinkedFacts linked, Verdicts verdicts, List<DirectType> typesRead,
                   long millis) {
    }

    private final List<AnalysisKey> assumed;
    private final FutureTask<Optional<Outcome>> task;

    private HeadStart(List<AnalysisKey> assumed, FutureTask<Optional<Outcome>> task) {
        this.assumed = assumed;
        this.task = task;
    }

    static final HeadStart NONE = new HeadStart(List.of(), null);

    /** A head start on the last run's candidates, to be run on the caller's thread ({@link #run}). */
    static HeadStart of(List<AnalysisKey> lastCandidates, AnalysisStore analyses, TypeStore types,
                        PayloadClassifier classifier, Bindings bindings, Function<LinkedFacts, Verdicts> judge) {
        return new HeadStart(lastCandidates, new FutureTask<>(
                () -> link(lastCandidates, analyses, types, classifier, bindings, judge)));
    }

    void run() {
        if (task != null) {
            task.run();
        }
    }

    /** The outcome, if the head start assumed these candidates and stood; waits for it only then. */
    Optional<Outcome> outcomeFor(List<AnalysisKey> candidates) {
        if (task == null) {
            return Optional.empty();
        }
        if (!candidates.equals(assumed)) {
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

    private static Optional<Outcome> link(List<AnalysisKey> candidates, AnalysisStore analyses, TypeStore types,
                                          PayloadClassifier classifier, Bindings bindings,
                                          Function<LinkedFacts, Verdicts> judge) {
        long start = System.nanoTime();
        List<AnalysedFile> files = new ArrayList<>();
        for (AnalysisKey key : candidates) {
            Optional<FileAnalysis> analysis = analyses.lookup(key);
            if (analysis.isEmpty()) {
                return Optional.empty();
            }
            files.add(new AnalysedFile(key, analysis.get()));
        }
        CachedTypesOnly cached = new CachedTypesOnly(types);
        try {
            LinkedFacts linked = LinkedFacts.of(files,
                    new PayloadTypes(new TypeShapes(CachedTypesOnly::noSolver, cached), classifier), bindings);
            if (Thread.currentThread().isInterrupted()) {
                return Optional.empty(); // the walk found other candidates: not worth judging
            }
            Verdicts verdicts = judge.apply(linked);
            return Optional.of(new Outcome(files, linked, verdicts, cached.read, (System.nanoTime() - start) / 1_000_000));
        } catch (NeedsSolver e) {
            return Optional.empty();
        }
    }

    /** Payload types as the cache knows them; what was read is kept aside until the head start stands. */
    private static final class CachedTypesOnly implements TypeShapes.Known {

        private final TypeStore types;
        private final List<DirectType> read = new ArrayList<>();

        CachedTypesOnly(TypeStore types) {
            this.types = types;
        }

        @Override
        public Optional<DirectType> lookup(String name) {
            return types.lookup(name);
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
