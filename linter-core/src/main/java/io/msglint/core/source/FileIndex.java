package io.msglint.core.source;

import io.msglint.core.BaseDirs;
import io.msglint.core.Diagnostic;
import io.msglint.core.cache.CacheKey;
import io.msglint.core.cache.FileStamps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Discovers the Java files to scan and decides which can matter, reading only files that
 * changed since the cached run (size or modification time), several at once. Reading a file also
 * takes its {@link Words}, on the reading threads, so that searching it later costs nothing.
 */
public final class FileIndex {

    /**
     * How many characters of the files read are kept in memory (about 64 MB): enough for the
     * texts of most codebases, which a search for the callers of the project's sending methods then
     * need not read again; beyond it, files are read again when searched.
     */
    private static final long MAX_KEPT_CHARS = 64L * 1024 * 1024;
    /** Files read at once before their texts are counted against that budget. */
    private static final int BATCH = 256;

    private FileIndex() {
    }

    /**
     * @param discovered what {@link SourceDiscovery#find} found
     * @param threads    how many files are read at once
     * @param maxBytes   the largest file read: a larger one is skipped with a note
     */
    public static List<IndexedFile> index(List<SourceDiscovery.Found> discovered, Path baseDir, boolean preFilter,
                                          FileStamps stamps, int threads, long maxBytes, List<Diagnostic> diagnostics) {
        Path base = baseDir.toAbsolutePath().normalize();
        List<IndexedFile> files = new ArrayList<>();
        long keptChars = 0;
        ExecutorService readers = null; // started for the first file that must be read
        try {
            for (int from = 0; from < discovered.size(); from += BATCH) {
                List<SourceDiscovery.Found> batch = discovered.subList(from, Math.min(discovered.size(), from + BATCH));
                List<Object> outcomes = new ArrayList<>(batch.size()); // a cache entry, or the future of a read
                for (SourceDiscovery.Found found : batch) {
                    Optional<FileStamps.Entry> known = preFilter
                            ? stamps.lookup(found.path(), found.size(), found.modified()) : Optional.empty();
                    if (known.isPresent()) {
                        outcomes.add(known.get());
                    } else {
                        readers = readers != null ? readers
                                : Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
                        outcomes.add(readers.submit(() -> read(found, base, preFilter, maxBytes)));
                    }
                }
                for (int i = 0; i < batch.size(); i++) {
                    Path path = batch.get(i).path();
                    try {
                        if (outcomes.get(i) instanceof FileStamps.Entry entry) {
                            stamps.remember(path, entry); // the very entry loaded: remembering it costs no comparison
                            files.add(recalled(batch.get(i), base, entry));
                            continue;
                        }
                        IndexedFile file = await((Future<?>) outcomes.get(i));
                        if (!file.candidate() && keptChars >= MAX_KEPT_CHARS) {
                            file = file.withoutText();
                        }
                        keptChars += file.text().map(String::length).orElse(0);
                        stamps.remember(path, file.stamp());
                        files.add(file);
                    } catch (Skipped e) {
                        diagnostics.add(new Diagnostic(BaseDirs.relative(base, path), e.getMessage()));
                    } catch (IOException | RuntimeException e) {
                        diagnostics.add(new Diagnostic(BaseDirs.relative(base, path), "cannot read file: " + e.getMessage()));
                    }
                }
            }
        } finally {
            if (readers != null) {
                readers.shutdownNow();
            }
        }
        return files;
    }

    /** A file not read, and why: said as it is, not as a failure to read. */
    public static final class Skipped extends IOException {

        public Skipped(String why) {
            super(why);
        }
    }

    /**
     * A file's bytes, reading no more than {@code maxBytes} (and one more, to tell): a file that
     * grew past the limit since it was listed is skipped, never read whole.
     */
    public static byte[] readBounded(Path path, long maxBytes) throws IOException {
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new Skipped(tooLarge(-1, maxBytes));
            }
            return bytes;
        }
    }

    private static String tooLarge(long size, long maxBytes) {
        String actual = size < 0 ? "more than " + maxBytes / 1024 + " KB" : (size + 1023) / 1024 + " KB";
        return "skipped: " + actual + " is larger than scan.maxFileSizeKb (" + maxBytes / 1024 + " KB)";
    }

    /** A file unchanged since the cached run: as the cache knows it, unread. */
    private static IndexedFile recalled(SourceDiscovery.Found found, Path base, FileStamps.Entry entry) {
        return new IndexedFile(found.path(), base, found.size(), found.modified(), entry.packageName(),
                entry.candidate(), entry.contentHash(), entry.notes(), entry.mentions(), true, Optional.empty(),
                Optional.empty());
    }

    private static IndexedFile await(Future<?> read) throws IOException {
        try {
            return (IndexedFile) read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "msglint-reader");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A file read: the pre-filter's answer, its words, and its text (dropped later if memory runs short). */
    private static IndexedFile read(SourceDiscovery.Found found, Path base, boolean preFilter, long maxBytes)
            throws IOException {
        Path path = found.path();
        if (!found.regular()) {
            throw new Skipped("not a regular file (a pipe, a device or a socket): not read");
        }
        if (found.size() > maxBytes) {
            throw new Skipped(tooLarge(found.size(), maxBytes));
        }
        byte[] bytes = readBounded(path, maxBytes);
        List<String> notes = new ArrayList<>();
        SourceReader.Decoded source = SourceReader.decode(bytes, notes::add);
        String compiled = UnicodeEscapes.translate(source.text()); // what the pre-filter and the words read
        boolean candidate = (!preFilter || PreFilter.mayUseAzureMessaging(compiled))
                && !SourceDiscovery.isGenerated(compiled);
        String hash = candidate ? CacheKey.contentHash(bytes) : "";
        return new IndexedFile(path, base, found.size(), found.modified(), source.packageName(), candidate, hash, notes,
                List.of(), false, Optional.of(source.text()), Optional.of(Words.of(compiled)));
    }
}
