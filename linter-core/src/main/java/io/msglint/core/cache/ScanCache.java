package io.msglint.core.cache;

import io.msglint.core.extract.FileFacts;
import io.msglint.core.resolve.DirectType;
import io.msglint.core.resolve.TypeShapes;
import java.io.File;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What a previous run learnt, so an unchanged file is neither read nor parsed again:
 * <ul>
 * <li>per path: size and modification time, the package, whether the file can matter, and its content hash;</li>
 * <li>per content hash: the file's facts before linking (or why it could not be parsed);</li>
 * <li>which files were candidates, in scan order, so that the next run can link them early.</li>
 * </ul>
 * The whole cache is dropped when msglint's version, the language level or the classpath change.
 * Facts are re-linked and the rules re-run every time, since a file's findings depend on others.
 */
public final class ScanCache implements TypeShapes.Known {

    private static final int MAGIC = 0x4D534C43;
    private static final int FORMAT = 6;
    /**
     * A file modified this close to the cache's writing may have changed again within the same
     * timestamp tick (one or two seconds on some file systems) without changing size: it is read
     * again rather than trusted, as git does with its index.
     */
    private static final long RACY_MILLIS = 2_000;
    private static final String FILE_NAME = "msglint-cache.bin";

    /** What is known about a file at a path, valid while its size and modification time hold. */
    public record FileEntry(long size, long modified, Optional<String> packageName, boolean candidate,
                            String contentHash, List<String> notes) {
    }

    /**
     * A payload type read from a file, valid while that file's size and modification time hold,
     * or, once they changed (a fresh checkout, a rebuild), while its content does.
     *
     * @param contentHash of the file when the type was read; empty if it could not be read
     */
    private record TypeEntry(DirectType type, long size, long modified, String contentHash) {
    }

    /** A candidate file's analysis: its facts, or why it could not be parsed. */
    public record Analysis(Optional<FileFacts> facts, Optional<String> problem) {
    }

    private final Optional<Path> directory;
    private final String key;
    private final long savedAt;
    private final Map<String, FileEntry> files;
    private final Map<String, Analysis> analyses;
    private final Map<String, TypeEntry> types;
    private final List<String> candidates;
    private final Map<String, TypeEntry> nextTypes = new HashMap<>();
    private final Map<String, FileEntry> nextFiles;
    private boolean changed;
    private final Map<String, Analysis> nextAnalyses = new HashMap<>();
    private List<String> nextCandidates = List.of();

    private ScanCache(Optional<Path> directory, String key, long savedAt, Map<String, FileEntry> files,
                      Map<String, Analysis> analyses, Map<String, TypeEntry> types, List<String> candidates) {
        this.directory = directory;
        this.key = key;
        this.savedAt = savedAt;
        this.files = files;
        this.analyses = analyses;
        this.types = types;
        this.candidates = candidates;
        this.nextFiles = new HashMap<>(files.size() * 4 / 3 + 16); // as many as last time, without rehashing
    }

    /** A cache that remembers nothing. */
    public static ScanCache disabled() {
        return new ScanCache(Optional.empty(), "", 0, Map.of(), Map.of(), Map.of(), List.of());
    }

    /**
     * Starts loading the cache on its own thread, so the walk can list the files meanwhile; the
     * supplier waits for it. A cache that cannot be loaded is an empty one: the run is only slower.
     */
    public static Supplier<ScanCache> loadAside(Path directory, Supplier<String> key) {
        FutureTask<ScanCache> loading = new FutureTask<>(() -> load(directory, key.get()));
        Thread loader = new Thread(loading, "msglint-cache-loader");
        loader.setDaemon(true);
        loader.start();
        return () -> {
            try {
                return loading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return disabled();
            } catch (ExecutionException e) {
                return disabled();
            }
        };
    }

    /** Loads the cache in a folder; an absent, unreadable or outdated one starts empty. */
    public static ScanCache load(Path directory, String key) {
        Path file = directory.resolve(FILE_NAME);
        Map<String, FileEntry> files = new HashMap<>();
        Map<String, Analysis> analyses = new HashMap<>();
        Map<String, TypeEntry> types = new HashMap<>();
        List<String> candidates = List.of();
        long savedAt = 0;
        if (Files.isRegularFile(file)) {
            try {
                CacheInput in = new CacheInput(Files.readAllBytes(file));
                if (in.readInt() == MAGIC && in.readInt() == FORMAT && in.readUTF().equals(key)) {
                    savedAt = in.readLong();
                    for (int folders = in.readInt(); folders > 0; folders--) {
                        String folder = in.readUTF();
                        for (int i = in.readInt(); i > 0; i--) {
                            String path = folder + in.readUTF();
                            files.put(path, new FileEntry(in.readLong(), in.readLong(), FactsCodec.optional(in),
                                    in.readBoolean(), in.readUTF(), FactsCodec.strings(in)));
                        }
                    }
                    for (int i = in.readInt(); i > 0; i--) {
                        String hash = in.readUTF();
                        Optional<String> problem = FactsCodec.optional(in);
                        Optional<FileFacts> facts = in.readBoolean() ? Optional.of(FactsCodec.read(in)) : Optional.empty();
                        analyses.put(hash, new Analysis(facts, problem));
                    }
                    for (int i = in.readInt(); i > 0; i--) {
                        DirectType type = FactsCodec.type(in);
                        types.put(type.name(), new TypeEntry(type, in.readLong(), in.readLong(), in.readUTF()));
                    }
                    candidates = List.copyOf(FactsCodec.strings(in));
                }
            } catch (IOException | RuntimeException e) {
                files.clear();
                analyses.clear();
                types.clear();
                candidates = List.of();
            }
        }
        return new ScanCache(Optional.of(directory), key, savedAt, files, analyses, types, candidates);
    }

    public boolean isEnabled() {
        return directory.isPresent();
    }

    public Optional<FileEntry> file(Path path, long size, long modified) {
        FileEntry entry = files.get(path.toString());
        return entry != null && entry.size() == size && entry.modified() == modified && settled(modified)
                ? Optional.of(entry) : Optional.empty();
    }

    /**
     * Whether a file's time says it did not change since the cache was written. A racy one makes
     * this run write the cache again, so that it is settled for the next. Every cached file of a
     * scan passes here: only the rare racy one takes the lock.
     */
    private boolean settled(long modified) {
        if (modified < savedAt - RACY_MILLIS) {
            return true;
        }
        synchronized (this) {
            changed = true;
        }
        return false;
    }

    /** What a candidate's facts are cached under: its content, and its path, since facts name their file. */
    public static String analysisKey(String contentHash, String reportPath) {
        return contentHash + "|" + reportPath;
    }

    /** The report path of the file an analysis key was made for. */
    public static String reportPath(String analysisKey) {
        return analysisKey.substring(analysisKey.indexOf('|') + 1); // a content hash is hexadecimal
    }

    public Optional<Analysis> analysis(String analysisKey) {
        return Optional.ofNullable(analyses.get(analysisKey));
    }

    /** The analysis keys of the last run's candidate files, in its scan order. */
    public List<String> lastCandidates() {
        return candidates;
    }

    @Override
    public Optional<DirectType> lookup(String name) {
        TypeEntry entry = types.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.type().source().isPresent()) {
            Path file = entry.type().source().get();
            long[] stamp = stamp(file);
            boolean sameStamp = stamp[0] == entry.size() && stamp[1] == entry.modified() && settled(stamp[1]);
            if (!sameStamp && (entry.contentHash().isEmpty() || !entry.contentHash().equals(contentHash(file)))) {
                return Optional.empty();
            }
        }
        return Optional.of(entry.type());
    }

    @Override
    public synchronized void remember(DirectType type) {
        if (isEnabled()) {
            TypeEntry before = types.get(type.name());
            TypeEntry entry = entry(type, before);
            nextTypes.put(type.name(), entry);
            // A type taken from this cache is the very object loaded: no deep comparison needed.
            changed |= before == null || before.size() != entry.size() || before.modified() != entry.modified()
                    || !before.contentHash().equals(entry.contentHash())
                    || (before.type() != type && !before.type().equals(type));
        }
    }

    /** The entry for a type read this run: its file's stamp, and its content hash, reused while the stamp holds. */
    private static TypeEntry entry(DirectType type, TypeEntry before) {
        if (type.source().isEmpty()) {
            return new TypeEntry(type, 0, 0, "");
        }
        Path file = type.source().get();
        long[] stamp = stamp(file);
        boolean known = before != null && before.type() == type && before.size() == stamp[0]
                && before.modified() == stamp[1];
        return new TypeEntry(type, stamp[0], stamp[1], known ? before.contentHash() : contentHash(file));
    }

    private static String contentHash(Path file) {
        try {
            return CacheKey.contentHash(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
        }
    }

    private static long[] stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new long[] {attributes.size(), attributes.lastModifiedTime().toMillis()};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }

    /**
     * The file entries by folder (with its trailing separator) and then by name, in order: each
     * folder's path is written once, which makes the file, and the warm run's reading, half as long.
     */
    private static Map<String, Map<String, FileEntry>> byFolder(Map<String, FileEntry> entries) {
        Map<String, Map<String, FileEntry>> folders = new TreeMap<>();
        entries.forEach((path, entry) -> {
            int cut = path.lastIndexOf(File.separatorChar) + 1;
            folders.computeIfAbsent(path.substring(0, cut), f -> new TreeMap<>()).put(path.substring(cut), entry);
        });
        return folders;
    }

    /** Records what this run knows; only what is recorded is saved. */
    public synchronized void remember(Path path, FileEntry entry) {
        if (isEnabled()) {
            String key = path.toString();
            nextFiles.put(key, entry);
            FileEntry before = files.get(key);
            changed |= before != entry && !entry.equals(before);
        }
    }

    public synchronized void remember(String analysisKey, Analysis analysis) {
        if (isEnabled()) {
            nextAnalyses.put(analysisKey, analysis);
            changed |= !analyses.containsKey(analysisKey);
        }
    }

    /** Records this run's candidate files (their analysis keys), in scan order. */
    public synchronized void rememberCandidates(List<String> analysisKeys) {
        if (isEnabled()) {
            nextCandidates = List.copyOf(analysisKeys);
            changed |= !nextCandidates.equals(candidates);
        }
    }

    /** Writes what this run recorded, atomically; a cache that cannot be written is only a slower next run. */
    public synchronized Optional<String> save() {
        boolean shrunk = nextFiles.size() != files.size() || nextAnalyses.size() != analyses.size()
                || nextTypes.size() != types.size();
        if (directory.isEmpty() || (!changed && !shrunk)) {
            return Optional.empty(); // nothing changed since the run that wrote it
        }
        try {
            Files.createDirectories(directory.get());
            Path temp = Files.createTempFile(directory.get(), "msglint-cache", ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key);
                out.writeLong(System.currentTimeMillis());
                Map<String, Map<String, FileEntry>> byFolder = byFolder(nextFiles);
                out.writeInt(byFolder.size());
                for (Map.Entry<String, Map<String, FileEntry>> folder : byFolder.entrySet()) {
                    out.writeUTF(folder.getKey());
                    out.writeInt(folder.getValue().size());
                    for (Map.Entry<String, FileEntry> e : folder.getValue().entrySet()) {
                        out.writeUTF(e.getKey());
                        FileEntry f = e.getValue();
                        out.writeLong(f.size());
                        out.writeLong(f.modified());
                        FactsCodec.optional(out, f.packageName());
                        out.writeBoolean(f.candidate());
                        out.writeUTF(f.contentHash());
                        FactsCodec.strings(out, f.notes());
                    }
                }
                out.writeInt(nextAnalyses.size());
                for (Map.Entry<String, Analysis> e : nextAnalyses.entrySet()) {
                    out.writeUTF(e.getKey());
                    FactsCodec.optional(out, e.getValue().problem());
                    out.writeBoolean(e.getValue().facts().isPresent());
                    if (e.getValue().facts().isPresent()) {
                        FactsCodec.write(out, e.getValue().facts().get());
                    }
                }
                out.writeInt(nextTypes.size());
                for (TypeEntry entry : nextTypes.values()) {
                    FactsCodec.type(out, entry.type());
                    out.writeLong(entry.size());
                    out.writeLong(entry.modified());
                    out.writeUTF(entry.contentHash());
                }
                FactsCodec.strings(out, nextCandidates);
            }
            Files.move(temp, directory.get().resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot write the cache in " + directory.get() + ": " + e.getMessage());
        }
    }
}
