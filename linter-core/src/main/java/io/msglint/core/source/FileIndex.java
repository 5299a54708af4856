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
        List<IndexedFile> files = new ArrayList<>();
        Path base = baseDir.toAbsolutePath().normalize();
        for (SourceDiscovery.Found found : SourceDiscovery.find(roots)) {
            Path path = found.path();
            String reportPath = BaseDirs.relative(base, path);
            try {
                long size = found.size();
                long modified = found.modified();
                Optional<ScanCache.FileEntry> known = preFilter ? cache.file(path, size, modified) : Optional.empty();
                IndexedFile file = known.isPresent()
                        ? new IndexedFile(path, reportPath, known.get().packageName(), known.get().candidate(),
                                known.get().contentHash(), known.get().notes(), Optional.empty())
                        : read(path, reportPath, preFilter);
                cache.remember(path, new ScanCache.FileEntry(size, modified, file.packageName(), file.candidate(),
                        file.contentHash(), file.notes()));
                files.add(file);
            } catch (IOException | RuntimeException e) {
                diagnostics.accept(new Diagnostic(reportPath, "cannot read file: " + e.getMessage()));
            }
        }
        return files;
    }

    private static IndexedFile read(Path path, String reportPath, boolean preFilter) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        List<String> notes = new ArrayList<>();
        SourceFile source = SourceReader.decode(path, reportPath, bytes, notes::add);
        boolean candidate = (!preFilter || PreFilter.mayUseAzureMessaging(source.text()))
                && !SourceDiscovery.isGenerated(source.text());
        String hash = candidate ? CacheKey.contentHash(bytes) : "";
        return new IndexedFile(path, reportPath, source.packageName(), candidate, hash, notes, Optional.of(source.text()));
    }
}
