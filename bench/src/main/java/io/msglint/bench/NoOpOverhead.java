package io.msglint.bench;

import io.msglint.core.ClasspathProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times what the Maven plugin does in a module without Azure messaging: probe the compile
 * classpath, find no messaging library, and stop. Run in a fresh JVM, like a build's first module.
 *
 * <pre>java -cp ... io.msglint.bench.NoOpOverhead CLASSPATH_FILE</pre>
 */
public final class NoOpOverhead {

    private NoOpOverhead() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> classpath = Arrays.stream(Files.readString(Path.of(args[0])).trim().split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        long start = System.nanoTime();
        boolean messaging = ClasspathProbe.mayUseAzureMessaging(classpath);
        long micros = (System.nanoTime() - start) / 1_000;
        System.out.println("classpath entries: " + classpath.size() + ", messaging library: " + messaging
                + ", probe: " + micros / 1000.0 + " ms");
    }
}
