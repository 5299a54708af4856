package io.msglint.core.source;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The source roots of the scanned files and the top-level types they declare, worked out once
 * per folder (every file of a folder shares its package) rather than once per file.
 */
public record SourceLayout(List<Path> roots, Set<String> types) {

    public static SourceLayout of(List<IndexedFile> files) {
        Map<String, Optional<Path>> rootByFolder = new HashMap<>();
        Set<Path> roots = new TreeSet<>();
        Set<String> types = new HashSet<>();
        for (IndexedFile file : files) {
            Path folder = file.path().getParent();
            String key = folder + "|" + file.packageName().orElse("");
            Optional<Path> root = rootByFolder.computeIfAbsent(key, k -> file.sourceRoot());
            if (root.isPresent()) {
                roots.add(root.get());
                types.add(file.topLevelTypeName());
            }
        }
        return new SourceLayout(List.copyOf(roots), Set.copyOf(types));
    }
}
