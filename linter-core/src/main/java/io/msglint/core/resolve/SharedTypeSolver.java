package io.msglint.core.resolve;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one type solver of a run: the JDK, the project's source roots (parsed on demand) and its
 * class files. The locking rule of resolution lives here: JavaParser's symbol solver and the
 * class-file reader are neither cheap nor thread-safe, so every use of either goes through
 * {@link #resolve}, which runs one step at a time, turns any failure into "unknown" and counts
 * the time spent. Nothing else in msglint locks for resolution.
 */
public final class SharedTypeSolver implements AutoCloseable {

    private static final long SOURCE_CACHE_LIMIT = 2_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final ClassFiles compiled;
    private final CombinedTypeSolver solver;
    private final JavaSymbolSolver symbolResolver;
    private final AtomicLong nanos = new AtomicLong();
    private final Set<String> sourceTypes;
    private final ReflectionTypeSolver jdk = new ReflectionTypeSolver(true);
    private final Map<String, Boolean> existence = new ConcurrentHashMap<>();

    public SharedTypeSolver(List<Path> sourceRoots, List<Path> classpath, LanguageLevel level, Consumer<String> notes) {
        this(sourceRoots, Set.of(), classpath, level, notes);
    }

    /**
     * @param sourceTypes the top-level types the scanned sources declare, by file name and package:
     *                    lets names be qualified without parsing the files that declare them
     */
    public SharedTypeSolver(List<Path> sourceRoots, Set<String> sourceTypes, List<Path> classpath, LanguageLevel level,
                       Consumer<String> notes) {
        this(sourceRoots, sourceTypes, new ClassFiles(classpath, notes), level);
    }

    /** @param compiled the classpath, opened already (possibly ahead of time, on another thread) */
    public SharedTypeSolver(List<Path> sourceRoots, Set<String> sourceTypes, ClassFiles compiled, LanguageLevel level) {
        this.sourceTypes = Set.copyOf(sourceTypes);
        this.compiled = compiled;
        List<TypeSolver> solvers = new ArrayList<>();
        solvers.add(new ReflectionTypeSolver(true));
        for (Path root : sourceRoots) {
            ParserConfiguration configuration = new ParserConfiguration().setLanguageLevel(level);
            solvers.add(new JavaParserTypeSolver(root, configuration, SOURCE_CACHE_LIMIT));
        }
        solvers.add(new ClassFileTypeSolver(compiled));
        this.solver = new CombinedTypeSolver(e -> true, solvers);
        this.symbolResolver = new JavaSymbolSolver(solver);
    }

    public JavaSymbolSolver symbolResolver() {
        return symbolResolver;
    }

    /** Runs a resolution step alone; any failure, even a stack overflow, means "unknown". */
    public <T> Optional<T> resolve(Supplier<T> step) {
        return attempt(step).value();
    }

    /**
     * A resolution step's value, or why it failed. A step that finds nothing is not a failure;
     * running out of stack or memory, or an error reading a file, is.
     */
    public record Outcome<T>(Optional<T> value, Optional<String> failure) {
    }

    /** Runs a resolution step alone and says why it failed, if it did. */
    public <T> Outcome<T> attempt(Supplier<T> step) {
        lock.lock();
        long start = System.nanoTime();
        try {
            return new Outcome<>(Optional.ofNullable(step.get()), Optional.empty());
        } catch (StackOverflowError e) {
            return new Outcome<>(Optional.empty(), Optional.of("its source nests too deeply to parse"));
        } catch (OutOfMemoryError e) {
            return new Outcome<>(Optional.empty(), Optional.of("reading it ran out of memory"));
        } catch (RuntimeException | LinkageError e) {
            return new Outcome<>(Optional.empty(), Optional.of("reading it failed: " + e.getClass().getSimpleName()));
        } finally {
            nanos.addAndGet(System.nanoTime() - start);
            lock.unlock();
        }
    }

    /**
     * The type of an expression through the facade, which works for nodes of any parsed file,
     * including those the source solver parsed without a symbol resolver attached.
     */
    public Optional<ResolvedType> typeOf(Expression expression) {
        return resolve(() -> JavaParserFacade.get(solver).getType(expression));
    }

    /** The resolved form of a type written in any parsed file. */
    public Optional<ResolvedType> convert(Type type) {
        return resolve(() -> JavaParserFacade.get(solver).convertToUsage(type));
    }

    public Optional<ResolvedReferenceTypeDeclaration> solveType(String qualifiedName) {
        return attemptType(qualifiedName).value();
    }

    /** A type's declaration, or why it could not be read. */
    public Outcome<ResolvedReferenceTypeDeclaration> attemptType(String qualifiedName) {
        return attempt(() -> {
            var ref = solver.tryToSolveType(qualifiedName);
            return ref.isSolved() ? ref.getCorrespondingDeclaration() : null;
        });
    }

    /**
     * Whether a type of that name exists in the sources, on the classpath or in the JDK: enough
     * to qualify a name through the package and wildcard imports without the symbol solver.
     */
    public boolean exists(String qualifiedName) {
        if (sourceTypes.contains(qualifiedName)) {
            return true;
        }
        Boolean known = existence.get(qualifiedName);
        if (known == null) {
            known = resolve(() -> compiled.find(qualifiedName).isPresent()
                    || (qualifiedName.startsWith("java") && jdk.hasType(qualifiedName))).orElse(false);
            existence.put(qualifiedName, known);
        }
        return known;
    }

    /** Raw class-file access for what JavaParser's declarations hide (annotation values). */
    public <T> Optional<T> withCompiled(java.util.function.Function<ClassFiles, Optional<T>> step) {
        return resolve(() -> step.apply(compiled).orElse(null));
    }

    public long resolutionMillis() {
        return nanos.get() / 1_000_000;
    }

    /**
     * Releases what the run read. JavaParser keeps a facade per type solver in a static map whose
     * values hold their keys, so an entry is never collected: a long-lived JVM (the Maven plugin
     * over many modules) would keep every run's solver. The map is cleared under the lock its
     * {@code get} takes; a run still going in the same JVM only rebuilds its facade's caches.
     */
    @Override
    public void close() {
        synchronized (JavaParserFacade.class) {
            JavaParserFacade.clearInstances();
        }
        lock.lock();
        try {
            compiled.close();
        } finally {
            lock.unlock();
        }
    }
}
