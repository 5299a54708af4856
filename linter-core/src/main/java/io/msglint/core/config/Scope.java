package io.msglint.core.config;

import io.msglint.rules.classify.Glob;
import java.nio.file.Path;
import java.util.List;

/**
 * Which of the files found under the scanned paths are checked: {@code scan.include} and
 * {@code scan.exclude} globs over their paths relative to the base folder ({@code **} across
 * folders, {@code *} within one), and test sources only when asked for. Test sources are the
 * folders beside {@code main} under a {@code src} folder whose name says test ({@code test},
 * {@code it}, {@code integrationTest}, {@code testFixtures}...) found while walking a path; a path
 * given inside one is checked as given.
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

    /**
     * Whether a file found under a scanned path is checked.
     *
     * @param reportPath the file relative to the base folder, with '/', as reports name it
     */
    public boolean keeps(Path root, Path file, String reportPath) {
        if (!tests && underTestSources(root, file)) {
            return false;
        }
        if (!include.isEmpty() && include.stream().noneMatch(g -> new Glob(g, '/').matches(reportPath))) {
            return false;
        }
        return exclude.stream().noneMatch(g -> new Glob(g, '/').matches(reportPath));
    }

    /** Whether, below the root it was found under, the file sits in a test source folder. */
    private static boolean underTestSources(Path root, Path file) {
        Path below = root.relativize(file);
        String parent = root.getFileName() == null ? "" : root.getFileName().toString();
        for (Path segment : below) {
            String name = segment.toString();
            if (parent.equals("src") && isTestFolder(name)) {
                return true;
            }
            parent = name;
        }
        return false;
    }

    private static boolean isTestFolder(String name) {
        return name.equals("test") || name.equals("it") || name.startsWith("test") || name.endsWith("Test");
    }
}
