package io.msglint.core.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javassist.ClassPath;
import javassist.ClassPool;
import javassist.CtClass;
import javassist.NotFoundException;

/**
 * The project's classpath, jars and class folders alike, read as class files with Javassist:
 * every entry is opened once, nothing is ever loaded into the JVM, and misses are remembered.
 * Not thread-safe: used only through {@link SharedTypeSolver#resolve}.
 */
public final class ClassFiles implements AutoCloseable {

    private final ClassPool pool = new ClassPool(false);
    private final List<ClassPath> entries = new ArrayList<>();
    private final List<Path> entryPaths = new ArrayList<>();
    private final Map<String, Optional<CtClass>> cache = new HashMap<>();
    private final Consumer<String> notes;

    /** No class file comes near this; a larger one is not read. */
    private static final int MAX_CLASS_FILE_BYTES = 16 * 1024 * 1024;

    public ClassFiles(List<Path> classpath, Consumer<String> notes) {
        this.notes = notes;
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                continue; // reported by the scan itself, opened or not
            }
            if (Files.isRegularFile(entry) && !isArchive(entry)) {
                continue;
            }
            try {
                entries.add(pool.appendClassPath(entry.toAbsolutePath().toString()));
                entryPaths.add(entry.toAbsolutePath());
            } catch (NotFoundException | RuntimeException e) {
                notes.accept("cannot read classpath entry " + entry + ": " + e.getMessage());
            }
        }
    }

    private static boolean isArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".zip");
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The class with this canonical name ({@code a.b.Outer.Inner}) or binary name
     * ({@code a.b.Outer$Inner}), if some entry has it.
     */
    public Optional<CtClass> find(String name) {
        Optional<CtClass> cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        Optional<CtClass> found = Optional.empty();
        for (String binary : binaryNames(name)) {
            CtClass ct = pool.getOrNull(binary);
            if (ct != null) {
                found = wellFormed(binary) ? Optional.of(ct) : Optional.empty();
                break;
            }
        }
        cache.put(name, found);
        return found;
    }

    /**
     * Whether the class file the pool would read for this class is sound enough for Javassist to
     * read: within size, and no count or length beyond its end. If not, a note says so.
     */
    private boolean wellFormed(String binary) {
        for (ClassPath entry : entries) {
            try (InputStream in = entry.openClassfile(binary)) {
                if (in == null) {
                    continue;
                }
                byte[] bytes = in.readNBytes(MAX_CLASS_FILE_BYTES + 1);
                if (bytes.length <= MAX_CLASS_FILE_BYTES && ClassFileCheck.isWellFormed(bytes)) {
                    return true;
                }
                notes.accept("class file " + binary + " on the classpath is malformed or larger than "
                        + MAX_CLASS_FILE_BYTES / (1024 * 1024) + " MB: not read");
                return false;
            } catch (IOException | NotFoundException | RuntimeException e) {
                notes.accept("cannot read class file " + binary + ": " + e.getMessage());
                return false;
            }
        }
        return false;
    }

    /**
     * The class file of a class this classpath holds in a class folder (a build's output), for
     * the cache to check later; empty for a class in a jar. The first entry holding the class is
     * the one it was read from, as for the class pool.
     */
    public Optional<Path> classFileInFolder(CtClass type) {
        for (int i = 0; i < entries.size(); i++) {
            try (InputStream in = entries.get(i).openClassfile(type.getName())) {
                if (in != null) {
                    Path entry = entryPaths.get(i);
                    return Files.isDirectory(entry)
                            ? Optional.of(entry.resolve(type.getName().replace('.', '/') + ".class"))
                            : Optional.empty();
                }
            } catch (IOException | NotFoundException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code a.b.C.D} may be class {@code D} of package {@code a.b.C} or nested {@code a.b.C$D}. */
    static List<String> binaryNames(String name) {
        List<String> names = new ArrayList<>();
        String current = name;
        names.add(current);
        int dot;
        while ((dot = current.lastIndexOf('.')) > 0) {
            current = current.substring(0, dot) + "$" + current.substring(dot + 1);
            names.add(current);
        }
        return names;
    }

    @Override
    public void close() {
        for (ClassPath entry : entries) {
            pool.removeClassPath(entry);
        }
        entries.clear();
        entryPaths.clear();
        cache.clear();
    }
}
