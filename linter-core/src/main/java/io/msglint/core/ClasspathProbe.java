package io.msglint.core;

import io.msglint.rules.azure.SdkCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells from a complete compile classpath whether the code can use Azure messaging at all: code
 * that calls the SDK does not compile without it. Build tools, which pass the whole classpath,
 * use this to make msglint free for modules without messaging; a hand-written classpath may be
 * partial and is never judged this way.
 */
public final class ClasspathProbe {

    private ClasspathProbe() {
    }

    public static boolean mayUseAzureMessaging(List<Path> completeClasspath) {
        for (Path entry : completeClasspath) {
            String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
            if (SdkCatalog.libraryArtifacts().stream().anyMatch(name::startsWith)) {
                return true;
            }
            if (Files.isDirectory(entry) && SdkCatalog.libraryFolders().stream().anyMatch(f -> Files.isDirectory(entry.resolve(f)))) {
                return true;
            }
        }
        return false;
    }
}
