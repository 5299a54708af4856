package io.msglint.core.resolve;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The run's type solver, built on first use: a run whose files and types all come from the
 * cache never loads JavaParser's symbol solver at all.
 */
public final class LazySolving implements AutoCloseable {

    private final List<Path> sourceRoots;
    private final Set<String> sourceTypes;
    private final List<Path> classpath;
    private final LanguageLevel level;
    private final Consumer<String> notes;
    private TypeSolving solving;
    private TypeResolver resolver;

    public LazySolving(List<Path> sourceRoots, Set<String> sourceTypes, List<Path> classpath, LanguageLevel level,
                       Consumer<String> notes) {
        this.sourceRoots = sourceRoots;
        this.sourceTypes = sourceTypes;
        this.classpath = classpath;
        this.level = level;
        this.notes = notes;
    }

    public synchronized TypeResolver resolver() {
        if (resolver == null) {
            solving = new TypeSolving(sourceRoots, sourceTypes, classpath, level, notes);
            resolver = new TypeResolver(solving);
        }
        return resolver;
    }

    public synchronized long resolutionMillis() {
        return solving == null ? 0 : solving.resolutionMillis();
    }

    @Override
    public synchronized void close() {
        if (solving != null) {
            solving.close();
        }
    }
}
