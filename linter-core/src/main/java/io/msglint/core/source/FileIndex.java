package io.msglint.core.source;

import io.msglint.core.BaseDirs;
import io.msglint.core.Diagnostic;
import io.msglint.core.cache.CacheKey;
import io.msglint.core.cache.ScanCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Discovers the Java files to scan and decides which can matter, reading only files that
 * changed since the cached run (size or modification time).
 */
public final class FileIndex {

    private FileIndex() {
    }

    public static List<IndexedFile> index(List<Path> roots, Path baseDir, boolean preFilter, ScanCache cache,
                                          Consumer<Diagnostic> diagnostics) {
        Path base = baseDir.toAbsolutePath().normalize();
        List<IndexedFile> files = new ArrayList<>();
        for (SourceDiscovery.Found found : SourceDiscovery.find(roots)) {
            Object outcome = indexOne(found, base, preFilter, cache);
            if (outcome instanceof IndexedFile file) {
                files.add(file);
            } else {
                diagnostics.accept((Diagnostic) outcome);
            }
        }
        return files;
    }

    /** An indexed file, or the diagnostic saying why it could not be read. */
    private static Object indexOne(SourceDiscovery.Found found, Path base, boolean preFilter, ScanCache cache) {
        Path path = found.path();
        try {
            Optional<ScanCache.FileEntry> known = preFilter ? cache.file(path, found.size(), found.modified()) : Optional.empty();
            if (known.isPresent()) {
                cache.remember(path, known.get());
                return new IndexedFile(path, base, known.get().packageName(), known.get().candidate(),
                        known.get().contentHash(), known.get().notes(), Optional.empty());
            }
            IndexedFile file = read(path, base, preFilter);
            cache.remember(path, new ScanCache.FileEntry(found.size(), found.modified(), file.packageName(),
                    file.candidate(), file.contentHash(), file.notes()));
            return file;
        } catch (IOException | RuntimeException e) {
            return new Diagnostic(BaseDirs.relative(base, path), "cannot read file: " + e.getMessage());
        }
    }

    private static IndexedFile read(Path path, Path base, boolean preFilter) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        List<String> notes = new ArrayList<>();
        SourceFile source = SourceReader.decode(path, "", bytes, notes::add);
        boolean candidate = (!preFilter || PreFilter.mayUseAzureMessaging(source.text()))
                && !SourceDiscovery.isGenerated(source.text());
        String hash = candidate ? CacheKey.contentHash(bytes) : "";
        // Only candidates are parsed: other files' text is not kept.
        return new IndexedFile(path, base, source.packageName(), candidate, hash, notes,
                candidate ? Optional.of(source.text()) : Optional.empty());
    }
}
