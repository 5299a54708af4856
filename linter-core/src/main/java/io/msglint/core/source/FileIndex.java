package io.msglint.core.source;

import io.msglint.core.BaseDirs;
import io.msglint.core.Diagnostic;
import io.msglint.core.cache.CacheKey;
import io.msglint.core.cache.FileStamps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Discovers the Java files to scan and decides which can matter, reading only files that
 * changed since the cached run (size or modification time).
 */
public final class FileIndex {

    private FileIndex() {
    }

    /** @param discovered what {@link SourceDiscovery#find} found */
    public static List<IndexedFile> index(List<SourceDiscovery.Found> discovered, Path baseDir, boolean preFilter,
                                          FileStamps stamps, List<Diagnostic> diagnostics) {
        Path base = baseDir.toAbsolutePath().normalize();
        List<IndexedFile> files = new ArrayList<>();
        for (SourceDiscovery.Found found : discovered) {
            Path path = found.path();
            try {
                Optional<FileStamps.Entry> known = preFilter
                        ? stamps.lookup(path, found.size(), found.modified()) : Optional.empty();
                IndexedFile file;
                FileStamps.Entry entry;
                if (known.isPresent()) {
                    entry = known.get(); // the very entry loaded: remembering it costs no comparison
                    file = new IndexedFile(path, base, found.size(), found.modified(), entry.packageName(),
                            entry.candidate(), entry.contentHash(), entry.notes(), entry.mentions(), true, Optional.empty());
                } else {
                    file = read(found, base, preFilter);
                    entry = file.stamp();
                }
                stamps.remember(path, entry);
                files.add(file);
            } catch (IOException | RuntimeException e) {
                diagnostics.add(new Diagnostic(BaseDirs.relative(base, path), "cannot read file: " + e.getMessage()));
            }
        }
        return files;
    }

    private static IndexedFile read(SourceDiscovery.Found found, Path base, boolean preFilter) throws IOException {
        Path path = found.path();
        byte[] bytes = Files.readAllBytes(path);
        List<String> notes = new ArrayList<>();
        SourceReader.Decoded source = SourceReader.decode(bytes, notes::add);
        boolean candidate = (!preFilter || PreFilter.mayUseAzureMessaging(source.text()))
                && !SourceDiscovery.isGenerated(source.text());
        String hash = candidate ? CacheKey.contentHash(bytes) : "";
        // Only candidates are parsed: other files' text is not kept.
        return new IndexedFile(path, base, found.size(), found.modified(), source.packageName(), candidate, hash, notes,
                List.of(), false, candidate ? Optional.of(source.text()) : Optional.empty());
    }
}
