package io.msglint.core.resolve;

import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.source.SourceLayout;
import java.util.function.Supplier;

/**
 * The run's {@link TypeResolver} and the {@link SharedTypeSolver} under it, built on first use: a
 * run whose files and types all come from the cache never works out the source layout nor loads
 * JavaParser's symbol solver at all.
 */
public final class LazyResolver implements AutoCloseable {

    private final Supplier<SourceLayout> layout;
    private final Supplier<ClassFiles> classpath;
    private final int release;
    private SharedTypeSolver solver;
    private TypeResolver resolver;

    /**
     * @param layout    works out the source roots and types when first needed
     * @param classpath opens the classpath when first needed
     * @param release   the Java release the sources are read as ({@code 0}: the newest)
     */
    public LazyResolver(Supplier<SourceLayout> layout, Supplier<ClassFiles> classpath, int release) {
        this.layout = layout;
        this.classpath = classpath;
        this.release = release;
    }

    public synchronized TypeResolver resolver() {
        if (resolver == null) {
            SourceLayout sources = layout.get();
            solver = new SharedTypeSolver(sources.roots(), sources.types(), classpath.get(), LanguageLevels.forRelease(release));
            resolver = new TypeResolver(solver);
        }
        return resolver;
    }

    public synchronized long resolutionMillis() {
        return solver == null ? 0 : solver.resolutionMillis();
    }

    @Override
    public synchronized void close() {
        if (solver != null) {
            solver.close();
        }
    }
}
