package io.msglint.core.resolve;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The run's type solver, built on first use: a run whose files and types all come from the
 * cache never loads JavaParser's symbol solver at all.
 */
public final class LazySolving implements AutoCloseable {

    private final List<Path> sourceRoots;
    private final Set<String> sourceTypes;
    private final Supplier<CompiledTypes> classpath;
    private final LanguageLevel level;
    private TypeSolving solving;
    private TypeResolver resolver;

    /** @param classpath opens the classpath when first needed (it may already be opening elsewhere) */
    public LazySolving(List<Path> sourceRoots, Set<String> sourceTypes, Supplier<CompiledTypes> classpath,
                       LanguageLevel level) {
        this.sourceRoots = sourceRoots;
        this.sourceTypes = sourceTypes;
        this.classpath = classpath;
        this.level = level;
    }

    public synchronized TypeResolver resolver() {
        if (resolver == null) {
            solving = new TypeSolving(sourceRoots, sourceTypes, classpath.get(), level);
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
