package io.msglint.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDiscoveryTest {

    @Test
    void findsJavaFilesByNameFoldersDepthFirstWithTheirSizeAndTime(@TempDir Path root) throws IOException {
        write(root.resolve("b/B.java"), "class B {}");
        write(root.resolve("a/z/Z.java"), "class Z {}");
        write(root.resolve("a/A.java"), "class A {}");
        write(root.resolve("a/notes.txt"), "not Java");
        write(root.resolve("Top.java"), "class Top {}");

        List<SourceDiscovery.Found> found = SourceDiscovery.find(List.of(root));

        assertThat(relative(root, found)).containsExactly("Top.java", "a/A.java", "a/z/Z.java", "b/B.java");
        SourceDiscovery.Found top = found.get(0);
        assertThat(top.size()).isEqualTo(Files.size(root.resolve("Top.java")));
        assertThat(top.modified()).isEqualTo(Files.getLastModifiedTime(root.resolve("Top.java")).toMillis());
    }

    @Test
    void skipsHiddenFoldersGeneratedSourcesAndMavenOutput(@TempDir Path root) throws IOException {
        write(root.resolve("pom.xml"), "<project/>");
        write(root.resolve("src/Kept.java"), "class Kept {}");
        write(root.resolve(".git/Hidden.java"), "class Hidden {}");
        write(root.resolve("node_modules/x/Module.java"), "class Module {}");
        write(root.resolve("src/generated-sources/Gen.java"), "class Gen {}");
        write(root.resolve("target/classes/Built.java"), "class Built {}");
        write(root.resolve("src/target/NotMavenOutput.java"), "class NotMavenOutput {}"); // no pom.xml beside it

        assertThat(relative(root, SourceDiscovery.find(List.of(root))))
                .containsExactly("src/Kept.java", "src/target/NotMavenOutput.java");
    }

    @Test
    void skipsGradleBuildOutputButNotAFolderThatIsMerelyCalledBuild(@TempDir Path root) throws IOException {
        write(root.resolve("app/build.gradle.kts"), "plugins { java }");
        write(root.resolve("app/src/main/java/App.java"), "class App {}");
        write(root.resolve("app/build/generated/sources/annotationProcessor/Gen.java"), "class Gen {}");
        write(root.resolve("lib/build.gradle"), "apply plugin: 'java'");
        write(root.resolve("lib/build/Old.java"), "class Old {}");
        write(root.resolve("tools/build/Builder.java"), "class Builder {}"); // no build script beside it

        assertThat(relative(root, SourceDiscovery.find(List.of(root))))
                .containsExactly("app/src/main/java/App.java", "tools/build/Builder.java");
    }

    @Test
    void overlappingRootsGiveEachFileOnce(@TempDir Path root) throws IOException {
        write(root.resolve("a/A.java"), "class A {}");
        write(root.resolve("b/B.java"), "class B {}");

        List<SourceDiscovery.Found> found = SourceDiscovery.find(
                List.of(root.resolve("a"), root, root.resolve("b/B.java")));

        assertThat(relative(root, found)).containsExactly("a/A.java", "b/B.java");
    }

    @Test
    void linksAreNotFollowedInsideTheTreeSoACycleEnds(@TempDir Path root) throws IOException {
        write(root.resolve("src/A.java"), "class A {}");
        try {
            Files.createSymbolicLink(root.resolve("src/loop"), root.resolve("src"));
            Files.createSymbolicLink(root.resolve("src/Linked.java"), root.resolve("src/A.java"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links");
        }

        assertThat(relative(root, SourceDiscovery.find(List.of(root)))).containsExactly("src/A.java");
    }

    @Test
    void aFolderNamedLikeAJavaFileIsWalked(@TempDir Path root) throws IOException {
        write(root.resolve("odd.java/Inner.java"), "class Inner {}");

        assertThat(relative(root, SourceDiscovery.find(List.of(root)))).containsExactly("odd.java/Inner.java");
    }

    @Test
    void aFileWhoseNameThePlatformCannotDecodeIsStillFoundAndReadable(@TempDir Path root) throws Exception {
        write(root.resolve("src/A.java"), "class A {}");
        write(root.resolve("src/Why?.java"), "class Why {}");
        // A name that is not valid UTF-8: only the shell can make it from raw bytes.
        Process touch = new ProcessBuilder("bash", "-c", "printf 'class X {}' > $'Bad\\xff.java'")
                .directory(root.resolve("src").toFile()).start();
        assumeTrue(touch.waitFor() == 0, "bash cannot make a file with an undecodable name here");

        List<SourceDiscovery.Found> found = SourceDiscovery.find(List.of(root));

        assertThat(found).hasSize(3);
        for (SourceDiscovery.Found file : found) {
            assertThat(Files.size(file.path())).isEqualTo(file.size()).isPositive();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> relative(Path root, List<SourceDiscovery.Found> found) {
        return found.stream().map(f -> root.relativize(f.path()).toString().replace('\\', '/')).toList();
    }
}
