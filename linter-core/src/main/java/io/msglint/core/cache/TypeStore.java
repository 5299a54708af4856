package io.msglint.core.cache;

import io.msglint.core.resolve.DirectType;
import io.msglint.core.resolve.TypeShapes;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Payload types read by earlier runs. A type read from a file (its source, or its class file in a
 * class folder) is valid while that file's size and modification time hold, or, once they changed
 * (a fresh checkout, a rebuild), while its content does. A type from a jar is covered by the
 * cache's key. Files are kept relative to the scanned tree and checked in the tree being scanned:
 * one cache folder serving two checkouts trusts a type only where this checkout's file has the
 * content it was read from.
 */
public final class TypeStore implements TypeShapes.Known {

    /** A type with the stamp and content hash of its file when it was read (empty hash: unreadable). */
    record Entry(DirectType type, long size, long modified, String contentHash) {
    }

    private final SavedAt savedAt;
    private final Map<String, Entry> known;
    private final Map<String, Entry> next = new HashMap<>();
    private final boolean recording;
    private final Path base;
    private boolean changed;

    /**
     * @param recording whether this run's types are kept (a disabled cache keeps nothing)
     * @param base      the scanned tree, absolute: what the stored files are relative to
     */
    TypeStore(SavedAt savedAt, Map<String, Entry> known, boolean recording, Path base) {
        this.savedAt = savedAt;
        this.known = known;
        this.recording = recording;
        this.base = base;
    }

    @Override
    public Optional<DirectType> lookup(String name) {
        Entry entry = known.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.type().source().isPresent()) {
            Path file = entry.type().source().get();
            long[] stamp = stamp(file);
            boolean sameStamp = stamp[0] == entry.size() && stamp[1] == entry.modified() && savedAt.settled(stamp[1]);
            if (!sameStamp && (entry.contentHash().isEmpty() || !entry.contentHash().equals(contentHash(file)))) {
                return Optional.empty();
            }
        }
        return Optional.of(entry.type());
    }

    @Override
    public synchronized void remember(DirectType type) {
        if (!recording) {
            return;
        }
        Entry before = known.get(type.name());
        Entry entry = entry(type, before);
        next.put(type.name(), entry);
        // A type taken from this store is the very object loaded: no deep comparison needed.
        changed |= before == null || before.size() != entry.size() || before.modified() != entry.modified()
                || !before.contentHash().equals(entry.contentHash())
                || (before.type() != type && !before.type().equals(type));
    }

    /** How many types this run recorded. */
    synchronized int recorded() {
        return next.size();
    }

    synchronized boolean changed() {
        return changed || next.size() != known.size();
    }

    /** The entry for a type read this run: its file's stamp, and its content hash, reused while the stamp holds. */
    private static Entry entry(DirectType type, Entry before) {
        if (type.source().isEmpty()) {
            return new Entry(type, 0, 0, "");
        }
        Path file = type.source().get();
        long[] stamp = stamp(file);
        boolean known = before != null && before.type() == type && before.size() == stamp[0]
                && before.modified() == stamp[1];
        return new Entry(type, stamp[0], stamp[1], known ? before.contentHash() : contentHash(file));
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

    synchronized void write(DataOutput out) throws IOException {
        out.writeInt(next.size());
        for (Entry entry : next.values()) {
            DirectType type = entry.type();
            FactsCodec.type(out, withSource(type, type.source().map(base::relativize)));
            out.writeLong(entry.size());
            out.writeLong(entry.modified());
            out.writeUTF(entry.contentHash());
        }
    }

    /** The stored types, their files resolved in the tree being scanned. */
    static Map<String, Entry> read(CacheInput in, Path base) throws IOException {
        Map<String, Entry> types = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            DirectType stored = FactsCodec.type(in);
            DirectType type = withSource(stored, stored.source().map(file -> base.resolve(file).normalize()));
            types.put(type.name(), new Entry(type, in.readLong(), in.readLong(), in.readUTF()));
        }
        return types;
    }

    private static DirectType withSource(DirectType type, Optional<Path> source) {
        return new DirectType(type.name(), type.declaration(), type.superclass(), type.interfaces(), type.fields(),
                type.suppressions(), source);
    }
}
