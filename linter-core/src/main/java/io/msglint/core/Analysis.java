package io.msglint.core;

import io.msglint.core.cache.CacheKey;
import io.msglint.core.cache.ScanCache;
import io.msglint.core.extract.AnalysedFile;
import io.msglint.core.extract.AnalysisKey;
import io.msglint.core.extract.CallExtractor;
import io.msglint.core.extract.CallerQuery;
import io.msglint.core.extract.DelegateExtractor;
import io.msglint.core.extract.Delegate;
import io.msglint.core.extract.FileAnalysis;
import io.msglint.core.extract.FileExtractor;
import io.msglint.core.extract.FileFacts;
import io.msglint.core.extract.MethodRef;
import io.msglint.core.extract.RawReceive;
import io.msglint.core.extract.SendPaths;
import io.msglint.core.parse.JavaParsing;
import io.msglint.core.parse.DeepStack;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.resolve.LazyResolver;
import io.msglint.core.source.BodyFilter;
import io.msglint.core.source.FileIndex;
import io.msglint.core.source.IndexedFile;
import io.msglint.core.source.SourceReader;
import io.msglint.core.source.UnicodeEscapes;
import io.msglint.core.source.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Stage 3 of a scan: what each file contributes, from the cache or by parsing it, in parallel.
 * First the candidates' sends and receives. Then, level by level, the files that call the
 * project's sending methods (methods whose parameter a send's payload comes from): a text search
 * finds them among all files, and only they are parsed, for those calls. A caller that passes on
 * a parameter of its own makes the next level's search. Last, the files declaring the methods
 * receivers hand their work to, for those methods.
 */
final class Analysis {

    /** Every analysis the run needs, in order, and how many files had to be parsed (once or more) for them. */
    record Result(List<AnalysedFile> files, int parsed) {

        List<AnalysisKey> keys() {
            List<AnalysisKey> keys = new ArrayList<>(files.size());
            for (AnalysedFile file : files) {
                keys.add(file.key());
            }
            return keys;
        }
    }

    /**
     * One file to analyse: for its sends and receives, for its calls to a query's methods, or for
     * the methods receivers delegate to that it declares.
     */
    private record Job(IndexedFile file, AnalysisKey key, Optional<CallerQuery> query, Set<Delegate> delegates) {

        Job(IndexedFile file, AnalysisKey key, Optional<CallerQuery> query) {
            this(file, key, query, Set.of());
        }
    }

    private final ScanRequest request;
    private final ScanCache cache;
    private final LazyResolver resolution;
    private final Set<Path> parsed = new HashSet<>();

    Analysis(ScanRequest request, ScanCache cache, LazyResolver resolution) {
        this.request = request;
        this.cache = cache;
        this.resolution = resolution;
    }

    Result of(List<IndexedFile> indexed) {
        List<IndexedFile> files = new ArrayList<>(indexed);
        List<Job> candidates = new ArrayList<>();
        for (IndexedFile file : files) {
            if (file.candidate()) {
                candidates.add(new Job(file, new AnalysisKey(file.contentHash(), file.reportPath()), Optional.empty()));
            }
        }
        List<AnalysedFile> analysed = analyse(candidates);
        Set<MethodRef> asked = new TreeSet<>(CallerQuery.ORDER);
        Set<MethodRef> senders = CallerQuery.sendingMethods(analysed);
        for (int level = 0; level < SendPaths.MAX_DEPTH; level++) {
            senders.removeAll(asked);
            asked.addAll(senders);
            Optional<CallerQuery> query = CallerQuery.of(senders);
            if (query.isEmpty()) {
                break;
            }
            List<AnalysedFile> calls = analyse(callers(files, query.get()));
            analysed.addAll(calls);
            senders = query.get().passingOn(calls);
        }
        analysed.addAll(analyse(delegateJobs(files, analysed)));
        return new Result(analysed, parsed.size());
    }

    /**
     * The files declaring the methods the receivers hand their work to, as jobs, in the types' and
     * the files' order: a type's own file, found by its path as its package and name say (top-level
     * types), and the files its implementations conventionally live in ({@link DelegateExtractor#pathsOf}).
     */
    private List<Job> delegateJobs(List<IndexedFile> files, List<AnalysedFile> analysed) {
        Map<String, Set<Delegate>> byType = new TreeMap<>();
        for (AnalysedFile file : analysed) {
            if (file.analysis().facts().isPresent()) {
                for (RawReceive receive : file.analysis().facts().get().receives()) {
                    for (Delegate delegate : receive.delegates()) {
                        byType.computeIfAbsent(delegate.type(), t -> new TreeSet<>(Delegate.ORDER)).add(delegate);
                    }
                }
            }
        }
        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<String, Set<Delegate>> type : byType.entrySet()) {
            List<String> paths = DelegateExtractor.pathsOf(type.getKey());
            for (IndexedFile file : files) {
                if (endsWithAny("/" + file.reportPath(), paths)) {
                    contentHash(file).ifPresent(hash -> jobs.add(new Job(file,
                            new AnalysisKey(hash, file.reportPath()).forCalls(delegatesQuery(type.getValue())),
                            Optional.empty(), type.getValue())));
                }
            }
        }
        return jobs;
    }

    private static boolean endsWithAny(String path, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (path.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String delegatesQuery(Set<Delegate> delegates) {
        StringBuilder query = new StringBuilder("delegates");
        for (Delegate delegate : delegates) {
            query.append(' ').append(delegate.method());
        }
        return query.toString();
    }

    /** The file's content hash, read now for a file the index did not need to hash. */
    private Optional<String> contentHash(IndexedFile file) {
        try {
            return Optional.of(hash(file, null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: its delegates stay unread, as if it were absent
        }
    }

    /** The index's hash of the file, else the hash of its bytes: those given, or read now. */
    private String hash(IndexedFile file, byte[] read) throws IOException {
        if (!file.contentHash().isEmpty()) {
            return file.contentHash();
        }
        return CacheKey.contentHash(read != null ? read : FileIndex.readBounded(file.path(), request.config().maxFileBytes()));
    }

    /**
     * The files that mention a query's methods, as jobs: answered from the cache for an unchanged
     * file, else by reading it (on the worker threads). The answers, and the content hash of a
     * caller, are kept for the next run.
     */
    private List<Job> callers(List<IndexedFile> files, CallerQuery query) {
        boolean searchedLastRun = cache.files().searchedLastRun(query.id());
        cache.files().searched(query.id());
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            IndexedFile file = files.get(i);
            if (file.mentions(query.id(), searchedLastRun).isPresent()) {
                continue;
            }
            if (file.words().isEmpty() || query.mayBeIn(file.words().get())) {
                unknown.add(i); // its words leave it open, or are not known yet: its text decides
            }
        }
        if (!unknown.isEmpty()) {
            List<IndexedFile> answered = inParallel(unknown, i -> answer(files.get(i), query));
            for (int k = 0; k < unknown.size(); k++) {
                IndexedFile file = answered.get(k);
                if (file != null) {
                    files.set(unknown.get(k), file);
                    if (!file.mentions().isEmpty()) {
                        cache.files().remember(file.path(), file.stamp());
                    }
                }
            }
        }
        List<Job> jobs = new ArrayList<>();
        for (IndexedFile file : files) {
            if (file.mentions(query.id(), searchedLastRun).orElse(false) && !file.contentHash().isEmpty()) {
                jobs.add(new Job(file, new AnalysisKey(file.contentHash(), file.reportPath()).forCalls(query.id()),
                        Optional.of(query)));
            }
        }
        return jobs;
    }

    /**
     * The file with its answer to the query and its words, from its text, read again unless it was
     * kept; null if it cannot be read (reported when it was indexed).
     */
    private IndexedFile answer(IndexedFile file, CallerQuery query) {
        try {
            byte[] bytes = file.text().isPresent() ? null : FileIndex.readBounded(file.path(), request.config().maxFileBytes());
            String text = file.text().isPresent() ? file.text().get() : SourceReader.decode(bytes, n -> { }).text();
            String compiled = UnicodeEscapes.translate(text);
            Words words = file.words().orElseGet(() -> Words.of(compiled));
            if (!query.mayBeIn(words) || !query.mentionedIn(compiled)) {
                return file.withMention(query.id(), false, words, "", Optional.empty());
            }
            String hash = hash(file, bytes);
            return file.withMention(query.id(), true, words, hash, Optional.of(text));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /** Each job's analysis, from the cache or parsed on the worker pool, in the jobs' order. */
    private List<AnalysedFile> analyse(List<Job> jobs) {
        List<Job> toParse = new ArrayList<>();
        for (Job job : jobs) {
            if (cache.analyses().lookup(job.key()).isEmpty()) {
                toParse.add(job);
            }
        }
        List<FileAnalysis> fresh = toParse.isEmpty() ? List.of() : parse(toParse);
        for (Job job : toParse) {
            parsed.add(job.file().path());
        }
        List<AnalysedFile> analysed = new ArrayList<>();
        for (int i = 0, next = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            Optional<FileAnalysis> cached = cache.analyses().lookup(job.key());
            FileAnalysis analysis = cached.isPresent() ? cached.get() : fresh.get(next++);
            analysed.add(new AnalysedFile(job.key(), analysis));
            cache.analyses().remember(job.key(), analysis);
        }
        return analysed;
    }

    private List<FileAnalysis> parse(List<Job> jobs) {
        JavaParsing parsing = new JavaParsing(LanguageLevels.forRelease(request.release()),
                resolution.resolver().solver().symbolResolver());
        FileExtractor facts = new FileExtractor(resolution.resolver());
        CallExtractor calls = new CallExtractor(resolution.resolver());
        return inParallel(jobs, job -> parseOne(job, parsing, facts, calls));
    }

    /** Applies the work to each item on the worker threads; the results in the items' order. */
    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(request.workers(), items.size()), workerThreads());
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(workers.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    private FileAnalysis parseOne(Job job, JavaParsing parsing, FileExtractor facts, CallExtractor calls) {
        IndexedFile file = job.file();
        try {
            String text = file.text().isPresent() ? file.text().get()
                    : SourceReader.decode(FileIndex.readBounded(file.path(), request.config().maxFileBytes()), n -> { }).text();
            Set<String> methods = job.query().isPresent() ? job.query().get().methods() : delegateMethods(job);
            // The body filter reads braces as written: a file with Unicode escapes is parsed whole.
            // A delegate's file is parsed whole: the bodies asked for are named by their headers.
            String kept = request.skipIrrelevantBodies() && !UnicodeEscapes.present(text) && job.delegates().isEmpty()
                    ? BodyFilter.filter(text, methods) : text;
            JavaParsing.Outcome unit = parsing.parse(kept);
            if (unit.unit().isEmpty()) {
                // A file that cannot be parsed says so once, where its sends and receives are read.
                return job.query().isPresent() || !job.delegates().isEmpty() ? FileAnalysis.of(FileFacts.ofCalls(List.of()))
                        : FileAnalysis.failed("cannot parse: " + unit.problem());
            }
            if (!job.delegates().isEmpty()) {
                return FileAnalysis.of(new DelegateExtractor().extract(unit.unit().get(), file.reportPath(), job.delegates()));
            }
            return FileAnalysis.of(job.query().isPresent()
                    ? calls.extract(unit.unit().get(), file.reportPath(), methods)
                    : facts.extract(unit.unit().get(), file.reportPath()));
        } catch (StackOverflowError e) {
            return FileAnalysis.failed("analysis gave up: the file nests too deeply");
        } catch (IOException e) {
            return FileAnalysis.failed("cannot read file: " + e.getMessage());
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            return FileAnalysis.failed("analysis failed: " + e);
        }
    }

    private static Set<String> delegateMethods(Job job) {
        Set<String> methods = new TreeSet<>();
        for (Delegate delegate : job.delegates()) {
            methods.add(delegate.method());
        }
        return methods;
    }

    /** A task's result; a task that failed outright is not expected (each catches what it can meet). */
    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> DeepStack.thread(runnable, "msglint-worker-" + count.incrementAndGet());
    }
}
