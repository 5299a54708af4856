package io.msglint.core;

import io.msglint.core.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathProbeTest {

    @Test
    void theTestClasspathHasTheSdk() {
        assertThat(ClasspathProbe.mayUseAzureMessaging(Fixtures.classpath())).isTrue();
    }

    @Test
    void unrelatedJarsAndFoldersHaveNot(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("guava-33.6.0-jre.jar"));
        Path classes = Files.createDirectories(dir.resolve("classes/com/contoso"));
        assertThat(ClasspathProbe.mayUseAzureMessaging(List.of(jar, classes.getParent().getParent()))).isFalse();
    }

    @Test
    void aClassFolderWithTheSdkPackagesHas(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("com/azure/messaging/servicebus"));
        assertThat(ClasspathProbe.mayUseAzureMessaging(List.of(dir))).isTrue();
    }
}
