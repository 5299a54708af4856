package io.msglint.core.source;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the Java files under the given paths, in a stable order. Skips hidden folders, build
 * output (Maven's {@code target}, Gradle's {@code build}) and generated sources: they are not the
 * code a team writes or can fix.
 */
public final class SourceDiscovery {

    private static final Set<String> SKIPPED_FOLDERS = Set.of(
            "node_modules", "generated-sources", "generated-test-sources");

    private SourceDiscovery() {
    }

    /**
     * A Java file with what the walk already read of its attributes.
     *
     * @param regular false for a pipe, a device or a socket named like a Java file: never read
     */
    public record Found(Path path, long size, long modified, boolean regular) {
    }

    /**
     * The Java files under the roots: in each folder by name, folders depth first, each file
     * once. The walk lists a folder's names in one call with {@code java.io.File} and reads
     * attributes only for {@code .java} files and for what may be a folder: on a warm run this
     * walk is most of the scan, and it costs a fresh JVM a quarter less than
     * {@code Files.walkFileTree} with a sorted set of all paths, or a {@code DirectoryStream},
     * which read a folder an entry at a time.
     */
    public static List<Found> find(List<Path> roots) {
        return find(roots, true);
    }

    /**
     * The same, leaving out test sources found below a root unless asked for: the folders beside
     * {@code main} under a {@code src} folder whose name says test. A root inside one is walked
     * as given. Decided per folder, never per file: this walk is most of a warm run.
     */
    public static List<Found> find(List<Path> roots, boolean tests) {
        List<Found> files = new ArrayList<>();
        for (Path root : roots) {
            Path start = root.toAbsolutePath().normalize();
            if (Files.isDirectory(start)) {
                walk(start, files, tests);
            } else if (start.toString().endsWith(".java")) {
                BasicFileAttributes attributes = attributes(start); // named on purpose: a link is followed
                files.add(attributes == null ? new Found(start, -1, -1, true) : found(start, attributes));
            }
        }
        return roots.size() > 1 ? withoutRepeats(files) : files;
    }

    private static void walk(Path folder, List<Found> files, boolean tests) {
        boolean inSrc = !tests && folder.getFileName() != null && folder.getFileName().toString().equals("src");
        Listing listing = Listing.of(folder);
        for (int i = 0; i < listing.names().size(); i++) {
            String name = listing.names().get(i);
            Path entry = listing.entries().get(i);
            if (name.endsWith(".java")) {
                BasicFileAttributes attributes = attributes(entry, LinkOption.NOFOLLOW_LINKS);
                if (attributes != null && (attributes.isRegularFile() || attributes.isOther())) {
                    files.add(found(entry, attributes)); // a pipe or a device is listed, to be skipped with a note
                    continue;
                }
            }
            if (isFolderToWalk(entry, name) && !(inSrc && isTestSources(name))) {
                walk(entry, files, tests);
            }
        }
    }

    /** A folder's entries by name, with their paths; empty if the folder cannot be read. */
    private record Listing(List<String> names, List<Path> entries) {

        /**
         * {@code java.io.File} lists names fastest in a fresh JVM, but a name the platform
         * encoding cannot decode (a UTF-8 name under the C locale, say) comes back with '?' or
         * U+FFFD and no longer leads to the file. Such a folder is listed again as paths, which
         * keep the name's bytes: the file is read, and only shown approximately.
         */
        static Listing of(Path folder) {
            String[] names = folder.toFile().list();
            if (names == null) {
                return new Listing(List.of(), List.of());
            }
            Arrays.sort(names);
            List<Path> entries = new ArrayList<>(names.length);
            try {
                for (String name : names) {
                    if (name.indexOf('?') >= 0 || name.indexOf('\uFFFD') >= 0) {
                        return asPaths(folder);
                    }
                    entries.add(folder.resolve(name));
                }
            } catch (InvalidPathException e) {
                return asPaths(folder); // decoded into something the encoding cannot write back
            }
            return new Listing(Arrays.asList(names), entries);
        }

        private static Listing asPaths(Path folder) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
                for (Path entry : listing) {
                    entries.add(entry);
                }
            } catch (IOException | DirectoryIteratorException e) {
                return new Listing(List.of(), List.of());
            }
            Collections.sort(entries);
            List<String> names = new ArrayList<>(entries.size());
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
            return new Listing(names, entries);
        }
    }

    /** A folder of test sources beside {@code main} under {@code src}: {@code test}, {@code it}, {@code integrationTest}, {@code testFixtures}... */
    public static boolean isTestSources(String name) {
        return name.equals("test") || name.equals("it") || name.startsWith("test") || name.endsWith("Test");
    }

    /** A folder, not a link to one (which could make a cycle), nor one whose code a team does not write. */
    private static boolean isFolderToWalk(Path entry, String name) {
        if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)
                || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return !isBuildOutput(entry, name);
    }

    /** Maven's {@code target} beside a {@code pom.xml}, Gradle's {@code build} beside a build script. */
    private static boolean isBuildOutput(Path folder, String name) {
        return switch (name) {
            case "target" -> Files.isRegularFile(folder.resolveSibling("pom.xml"));
            case "build" -> Files.isRegularFile(folder.resolveSibling("build.gradle"))
                    || Files.isRegularFile(folder.resolveSibling("build.gradle.kts"));
            default -> false;
        };
    }

    /** A file's attributes, or null if they cannot be read. */
    private static BasicFileAttributes attributes(Path file, LinkOption... options) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, options);
        } catch (IOException e) {
            return null;
        }
    }

    private static Found found(Path file, BasicFileAttributes attributes) {
        return new Found(file, attributes.size(), attributes.lastModifiedTime().toMillis(), attributes.isRegularFile());
    }

    /** Overlapping roots (a folder and a file or folder inside it) give each file once, where first found. */
    private static List<Found> withoutRepeats(List<Found> files) {
        Set<Path> seen = new HashSet<>();
        List<Found> unique = new ArrayList<>();
        for (Found file : files) {
            if (seen.add(file.path())) {
                unique.add(file);
            }
        }
        return unique;
    }

    /** A file whose header says a tool wrote it. */
    public static boolean isGenerated(String text) {
        String head = text.length() > 2000 ? text.substring(0, 2000) : text;
        return head.contains("@Generated(") || head.contains("@javax.annotation.Generated")
                || head.contains("DO NOT EDIT") || head.contains("Generated by the protocol buffer compiler")
                || head.contains("// Code generated by");
    }
}
