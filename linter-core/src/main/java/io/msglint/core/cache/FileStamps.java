package io.msglint.core.cache;

import java.io.DataOutput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is known about the file at each path: valid while its size and modification time hold, so
 * an unchanged file is neither read nor pre-filtered again.
 */
public final class FileStamps {

    /**
     * What is known about a file: its package, whether it can matter, its content hash (of a candidate
     * or of a file found to call the project's sending methods), notes on it, and the caller searches
     * it matched (their ids; {@link #searched} says which searches every file was tested against).
     */
    public record Entry(long size, long modified, Optional<String> packageName, boolean candidate,
                        String contentHash, List<String> notes, List<String> mentions) {

        public Entry {
            notes = List.copyOf(notes);
            mentions = List.copyOf(mentions);
        }
    }

    private final SavedAt savedAt;
    private final Map<String, Entry> known;
    private final Map<String, Entry> next;
    private final boolean recording;
    private final Set<String> searchedLastRun;
    private final Set<String> searched = new TreeSet<>();
    private boolean changed;

    /**
     * @param recording       whether this run's entries are kept (a disabled cache keeps nothing)
     * @param searchedLastRun the caller searches the last run made of every file
     */
    FileStamps(SavedAt savedAt, Map<String, Entry> known, Set<String> searchedLastRun, boolean recording) {
        this.savedAt = savedAt;
        this.known = known;
        this.searchedLastRun = searchedLastRun;
        this.recording = recording;
        this.next = new HashMap<>(known.size() * 4 / 3 + 16); // as many as last time, without rehashing
    }

    /** What was known of the file, if its size and time are those recorded and settled. */
    public Optional<Entry> lookup(Path path, long size, long modified) {
        Entry entry = known.get(path.toString());
        return entry != null && entry.size() == size && entry.modified() == modified && savedAt.settled(modified)
                ? Optional.of(entry) : Optional.empty();
    }

    /** Records what this run knows of a file; only what is recorded is saved. */
    public synchronized void remember(Path path, Entry entry) {
        if (!recording) {
            return;
        }
        String key = path.toString();
        next.put(key, entry);
        Entry before = known.get(key);
        changed |= before != entry && !entry.equals(before);
    }

    /** Whether the last run tested every file it had against this caller search. */
    public boolean searchedLastRun(String query) {
        return searchedLastRun.contains(query);
    }

    /** Records that this run tested every file against a caller search. */
    public synchronized void searched(String query) {
        searched.add(query);
    }

    synchronized boolean changed() {
        return changed || next.size() != known.size() || !searched.equals(searchedLastRun);
    }

    /** The caller searches of this run, written after the entries. */
    synchronized void writeSearches(DataOutput out) throws IOException {
        FactsCodec.strings(out, List.copyOf(searched));
    }

    static Set<String> readSearches(CacheInput in) throws IOException {
        return new TreeSet<>(FactsCodec.strings(in));
    }

    /**
     * The entries by folder (with its trailing separator) and then by name, in order: each
     * folder's path is written once, which makes the file, and the warm run's reading, half as long.
     */
    synchronized void write(DataOutput out) throws IOException {
        Map<String, Map<String, Entry>> folders = new TreeMap<>();
        for (Map.Entry<String, Entry> e : next.entrySet()) {
            String path = e.getKey();
            int cut = path.lastIndexOf(File.separatorChar) + 1;
            folders.computeIfAbsent(path.substring(0, cut), f -> new TreeMap<>()).put(path.substring(cut), e.getValue());
        }
        out.writeInt(folders.size());
        for (Map.Entry<String, Map<String, Entry>> folder : folders.entrySet()) {
            out.writeUTF(folder.getKey());
            out.writeInt(folder.getValue().size());
            for (Map.Entry<String, Entry> e : folder.getValue().entrySet()) {
                out.writeUTF(e.getKey());
                Entry f = e.getValue();
                out.writeLong(f.size());
                out.writeLong(f.modified());
                FactsCodec.optional(out, f.packageName());
                out.writeBoolean(f.candidate());
                out.writeUTF(f.contentHash());
                FactsCodec.strings(out, f.notes());
                FactsCodec.strings(out, f.mentions());
            }
        }
    }

    static Map<String, Entry> read(CacheInput in) throws IOException {
        Map<String, Entry> files = new HashMap<>();
        for (int folders = in.readInt(); folders > 0; folders--) {
            String folder = in.readUTF();
            for (int i = in.readInt(); i > 0; i--) {
                String path = folder + in.readUTF();
                files.put(path, new Entry(in.readLong(), in.readLong(), FactsCodec.optional(in),
                        in.readBoolean(), in.readUTF(), FactsCodec.strings(in), FactsCodec.strings(in)));
            }
        }
        return files;
    }
}
