package io.msglint.core;

import io.msglint.core.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.cache.CacheKey;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class folder (a build's output, rewritten by every compile) does not invalidate the cache,
 * yet a payload type read from it is read again when its class file changes.
 */
class ClassFolderCacheTest {

    private static final String SENDER = """
            package demo;

            import com.azure.core.util.BinaryData;
            import com.azure.storage.queue.QueueClient;

            public class Sender {
                public void send(QueueClient queue, OrderPlaced order) {
                    queue.sendMessage(BinaryData.fromObject(order));
                }
            }
            """;

    @Test
    void aClassFolderIsKeyedByItsPathAJarByItsContent(@TempDir Path work) throws IOException {
        Path folder = Files.createDirectories(work.resolve("classes"));
        Path classFile = Files.writeString(folder.resolve("A.class"), "one");
        Path jar = Files.writeString(work.resolve("lib.jar"), "one");
        String before = CacheKey.of("1", "release 17", List.of(folder, jar));

        Files.writeString(classFile, "rewritten by a compile");
        Files.setLastModifiedTime(classFile, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        String afterCompile = CacheKey.of("1", "release 17", List.of(folder, jar));
        Files.writeString(jar, "a new version");
        String afterUpgrade = CacheKey.of("1", "release 17", List.of(folder, jar));

        assertThat(afterCompile).isEqualTo(before);
        assertThat(afterUpgrade).isNotEqualTo(before);
    }

    @Test
    void aPayloadTypeFromAClassFolderIsReadAgainWhenItsClassFileChanges(@TempDir Path work) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/demo"));
        Files.writeString(sources.resolve("Sender.java"), SENDER);
        Files.setLastModifiedTime(sources.resolve("Sender.java"), anHourAgo());
        Path classes = Files.createDirectories(work.resolve("classes"));
        compile(work, classes, "@io.msglint.annotations.Event", anHourAgo());
        List<Path> classpath = new ArrayList<>(Fixtures.classpath());
        classpath.add(classes);
        ScanRequest request = ScanRequest.of(List.of(work.resolve("src")), classpath).withBaseDir(work)
                .withCache(Optional.of(work.resolve("cache")));

        ScanResult asEvent = new Msglint().scan(request);
        compile(work, classes, "@io.msglint.annotations.Message", FileTime.fromMillis(anHourAgo().toMillis() + 60_000));
        ScanResult asMessage = new Msglint().scan(request);
        ScanResult again = new Msglint().scan(request);

        assertThat(asEvent.findings()).extracting(f -> f.ruleId()).containsExactly("ML003");
        assertThat(asMessage.stats().filesParsed()).as("the sender is unchanged").isZero();
        assertThat(asMessage.findings()).isEmpty();
        assertThat(again.findings()).isEmpty();
        assertThat(again.stats().linkedEarly()).isTrue();
    }

    /** Compiles the payload type into the class folder, dated so that the cache can vouch for it. */
    private static void compile(Path work, Path classes, String annotation, FileTime time) throws IOException {
        Path source = Files.createDirectories(work.resolve("payload/demo")).resolve("OrderPlaced.java");
        Files.writeString(source, "package demo;\n\n" + annotation + "\npublic record OrderPlaced(String id) {\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(status).isZero();
        Files.setLastModifiedTime(classes.resolve("demo/OrderPlaced.class"), time);
    }

    private static FileTime anHourAgo() {
        return FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    }
}
