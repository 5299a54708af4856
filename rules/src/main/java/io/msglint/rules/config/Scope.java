package io.msglint.rules.config;

import io.msglint.rules.classify.Glob;
import java.util.List;

/**
 * Which of the files found under the scanned paths are checked: {@code scan.include} and
 * {@code scan.exclude} globs over their paths relative to the base folder ({@code **} across
 * folders, {@code *} within one), and test sources only when asked for (the walk leaves them out:
 * see {@link io.msglint.core.source.SourceDiscovery#find(List, boolean)}).
 *
 * @param include globs a file must match one of; none means every file
 * @param exclude globs no file may match
 * @param tests   whether test sources found under a path are checked
 */
public record Scope(List<String> include, List<String> exclude, boolean tests) {

    public static final Scope DEFAULT = new Scope(List.of(), List.of(), false);

    public Scope {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public Scope withTests(boolean checked) {
        return new Scope(include, exclude, checked);
    }

    /** Whether globs narrow the files, which costs a path per file. */
    public boolean hasGlobs() {
        return !include.isEmpty() || !exclude.isEmpty();
    }

    /**
     * Whether the globs keep a file.
     *
     * @param reportPath the file relative to the base folder, with '/', as reports name it
     */
    public boolean keeps(String reportPath) {
        if (!include.isEmpty() && include.stream().noneMatch(g -> new Glob(g, '/').matches(reportPath))) {
            return false;
        }
        return exclude.stream().noneMatch(g -> new Glob(g, '/').matches(reportPath));
    }
}
