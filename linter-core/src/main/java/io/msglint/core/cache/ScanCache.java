package io.msglint.core.cache;

import io.msglint.core.engine.Verdicts;
import io.msglint.core.extract.AnalysedFile;
import io.msglint.core.extract.AnalysisKey;
import io.msglint.core.extract.FileAnalysis;
import io.msglint.core.extract.Bindings;
import io.msglint.core.extract.LinkedFacts;
import io.msglint.core.parse.DeepStack;
import io.msglint.core.resolve.DirectType;
import io.msglint.rules.classify.PayloadClassifier;
import io.msglint.rules.model.Finding;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * What a previous run learnt, so an unchanged file is neither read nor parsed again. Its parts:
 * <ul>
 * <li>{@link FileStamps}: per path, what the pre-filter decided, valid while size and time hold;</li>
 * <li>{@link AnalysisStore}: per candidate's content and path, its facts before linking;</li>
 * <li>{@link TypeStore}: payload types read from files, valid while those files are unchanged;</li>
 * <li>the last run's candidates, in scan order, on which a warm run gets a {@link HeadStart}.</li>
 * </ul>
 * Opening a cache loads it on its own thread while the walk lists the tree, then links and judges
 * the last run's candidates there; a part waits for the loading on first use. The whole cache is
 * dropped when msglint's version, the language level or the classpath change. Facts are re-linked
 * and the rules re-run every time, since a file's findings depend on others.
 */
public final class ScanCache {

    private static final int MAGIC = 0x4D534C43;
    /** Raised whenever the stored facts change in shape or in what extraction puts in them. */
    private static final int FORMAT = 14;
    private static final String FILE_NAME = "msglint-cache.bin";

    /**
     * What the cache file held, ready to answer and to record this run.
     *
     * @param problem why a cache file that was there could not be used, for a note
     */
    private record Parts(String key, SavedAt savedAt, FileStamps files, AnalysisStore analyses, TypeStore types,
                         List<AnalysisKey> lastCandidates, HeadStart headStart, Optional<String> problem) {
    }

    private final Optional<Path> directory;
    private final Supplier<Parts> parts;
    private List<AnalysisKey> candidates;

    private ScanCache(Optional<Path> directory, Supplier<Parts> parts) {
        this.directory = directory;
        this.parts = parts;
    }

    /** A cache that remembers nothing. */
    public static ScanCache disabled() {
        SavedAt never = new SavedAt(0);
        Parts empty = new Parts("", never, new FileStamps(never, Map.of(), Set.of(), false), new AnalysisStore(Map.of(), false),
                new TypeStore(never, Map.of(), false, Path.of("")), List.of(), HeadStart.NONE, Optional.empty());
        return new ScanCache(Optional.empty(), () -> empty);
    }

    /**
     * Opens the cache in a folder: loads it on its own thread, then starts the head start there.
     * A cache that cannot be loaded is an empty one: the run is only slower.
     *
     * @param key   what makes cached facts stale (see {@link CacheKey#of}), worked out on that thread
     * @param judge links nothing, runs the rules: what the head start does with the linked facts
     */
    public static ScanCache open(Path directory, Path base, Supplier<String> key, PayloadClassifier classifier,
                                 Bindings bindings, Function<LinkedFacts, Verdicts> judge) {
        Path tree = base.toAbsolutePath().normalize();
        FutureTask<Parts> loading = new FutureTask<>(() -> load(directory, tree, key.get(), classifier, bindings,
                judge));
        // The head start links payload types: it may parse their sources, so it needs a deep stack.
        Thread loader = DeepStack.thread(() -> {
            loading.run();
            try {
                loading.get().headStart().run();
            } catch (InterruptedException | ExecutionException e) {
                // no parts, no head start: the run goes the usual way
            }
        }, "msglint-cache");
        loader.start();
        return new ScanCache(Optional.of(directory), () -> await(loading));
    }

    private static Parts await(FutureTask<Parts> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return disabled().parts.get();
        } catch (ExecutionException e) {
            return disabled().parts.get();
        }
    }

    public boolean isEnabled() {
        return directory.isPresent();
    }

    public FileStamps files() {
        return parts.get().files();
    }

    public AnalysisStore analyses() {
        return parts.get().analyses();
    }

    public TypeStore types() {
        return parts.get().types();
    }

    /** The analysis keys of the last run's candidate files, in its scan order. */
    public List<AnalysisKey> lastCandidates() {
        return parts.get().lastCandidates();
    }

    /** Records this run's candidate files, in scan order: the next run's head start assumes them. */
    public synchronized void rememberCandidates(List<AnalysisKey> keys) {
        candidates = List.copyOf(keys);
    }

    /**
     * What the head start linked and judged, if it assumed exactly these candidates and stood;
     * the analyses and payload types it took from the cache are then kept for the next run.
     */
    public Optional<Judged> headStart(List<AnalysisKey> candidates) {
        Parts p = parts.get();
        Optional<HeadStart.Outcome> outcome = p.headStart().outcomeFor(candidates);
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        for (AnalysedFile file : outcome.get().files()) {
            p.analyses().remember(file.key(), file.analysis());
        }
        for (DirectType type : outcome.get().typesRead()) {
            p.types().remember(type);
        }
        return Optional.of(new Judged(outcome.get().linked(), outcome.get().verdicts(), outcome.get().millis()));
    }

    /** Linked facts and the rules' findings on them, as the head start left them. */
    public record Judged(LinkedFacts linked, Verdicts verdicts, long millis) {
    }

    /** Writes what this run recorded, atomically; a cache that cannot be written is only a slower next run. */
    public synchronized Optional<String> save() {
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        Parts p = parts.get();
        List<AnalysisKey> next = candidates == null ? p.lastCandidates() : candidates;
        boolean changed = p.savedAt().sawRacyFile() || p.files().changed() || p.analyses().changed()
                || p.types().changed() || !next.equals(p.lastCandidates());
        if (!changed) {
            return Optional.empty(); // nothing changed since the run that wrote it
        }
        try {
            Files.createDirectories(directory.get());
            Path temp = Files.createTempFile(directory.get(), "msglint-cache", ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp);
                 CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw), new CRC32C());
                 DataOutputStream out = new DataOutputStream(checked)) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(p.key());
                out.writeLong(System.currentTimeMillis());
                p.files().write(out);
                p.analyses().write(out);
                p.types().write(out);
                out.writeInt(next.size());
                for (AnalysisKey key : next) {
                    AnalysisStore.writeKey(out, key);
                }
                p.files().writeSearches(out);
                out.flush();
                out.writeInt((int) checked.getChecksum().getValue()); // over every byte before it
            }
            Files.move(temp, directory.get().resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot write the cache in " + directory.get() + ": " + e.getMessage());
        }
    }

    /**
     * Loads the cache in a folder; an absent, unreadable or outdated one starts empty. A file whose
     * checksum does not match what it holds was damaged: it is discarded whole, with a note, since
     * one wrong bit could drop a candidate or rename a payload for every later run.
     */
    private static Parts load(Path directory, Path base, String key, PayloadClassifier classifier,
                              Bindings bindings, Function<LinkedFacts, Verdicts> judge) {
        Path file = directory.resolve(FILE_NAME);
        long savedAt = 0;
        Map<String, FileStamps.Entry> files = Map.of();
        Map<AnalysisKey, FileAnalysis> analyses = Map.of();
        Map<String, TypeStore.Entry> types = Map.of();
        List<AnalysisKey> candidates = List.of();
        Set<String> searches = Set.of();
        Optional<String> problem = Optional.empty();
        if (Files.isRegularFile(file)) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                CacheInput in = new CacheInput(bytes);
                boolean ours = in.readInt() == MAGIC && in.readInt() == FORMAT;
                if (ours && !intact(bytes)) {
                    problem = Optional.of("the cache in " + directory + " was damaged (its checksum does not match): "
                            + "discarded, this run starts without it");
                } else if (ours && in.readUTF().equals(key)) {
                    long written = in.readLong();
                    Map<String, FileStamps.Entry> readFiles = FileStamps.read(in);
                    Map<AnalysisKey, FileAnalysis> readAnalyses = AnalysisStore.read(in);
                    Map<String, TypeStore.Entry> readTypes = TypeStore.read(in, base);
                    List<AnalysisKey> readCandidates = new ArrayList<>();
                    for (int i = in.readInt(); i > 0; i--) {
                        readCandidates.add(AnalysisStore.readKey(in));
                    }
                    Set<String> readSearches = FileStamps.readSearches(in);
                    searches = readSearches;
                    savedAt = written;
                    files = readFiles;
                    analyses = readAnalyses;
                    types = readTypes;
                    candidates = List.copyOf(readCandidates);
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable cache is an empty one
            }
        }
        SavedAt saved = new SavedAt(savedAt);
        AnalysisStore analysisStore = new AnalysisStore(analyses, true);
        TypeStore typeStore = new TypeStore(saved, types, true, base);
        HeadStart headStart = HeadStart.of(candidates, analysisStore, typeStore, classifier, bindings, judge);
        return new Parts(key, saved, new FileStamps(saved, files, searches, true), analysisStore, typeStore,
                candidates, headStart, problem);
    }

    /** Whether the checksum at the end of the bytes matches every byte before it. */
    private static boolean intact(byte[] bytes) {
        if (bytes.length < Integer.BYTES) {
            return false;
        }
        int end = bytes.length - Integer.BYTES;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        int stored = ByteBuffer.wrap(bytes, end, Integer.BYTES).getInt();
        return stored == (int) crc.getValue();
    }

    /** Why the cache file could not be used, if it could not: a note for the report. */
    public Optional<String> problem() {
        return parts.get().problem();
    }
}
