package io.msglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report paths start at the repository's root, wherever the scan starts in it. */
class BaseDirsTest {

    @TempDir
    Path dir;

    @Test
    void theBaseIsTheRepositorysRootAboveTheScannedSources() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path orders = Files.createDirectories(repo.resolve("orders/src/main/java"));
        Path billing = Files.createDirectories(repo.resolve("billing/src/main/java"));

        assertThat(BaseDirs.defaultBase(List.of(orders))).isEqualTo(repo);
        assertThat(BaseDirs.defaultBase(List.of(orders, billing))).isEqualTo(repo);
        assertThat(BaseDirs.relative(repo, orders.resolve("A.java"))).isEqualTo("orders/src/main/java/A.java");
    }

    @Test
    void aWorktreesGitFileMarksItsRootToo() throws IOException {
        Path worktree = Files.createDirectories(dir.resolve("worktree"));
        Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/w\n");
        Path sources = Files.createDirectories(worktree.resolve("src/main/java"));

        assertThat(BaseDirs.repositoryRoot(sources)).contains(worktree);
    }

    @Test
    void withoutARepositoryTheDeepestFolderHoldingEveryPath() throws IOException {
        Path a = Files.createDirectories(dir.resolve("plain/a/src"));
        Path b = Files.createDirectories(dir.resolve("plain/b/src"));

        Assumptions.assumeTrue(BaseDirs.repositoryRoot(a).isEmpty(), "the temporary folder sits inside a checkout here");

        assertThat(BaseDirs.defaultBase(List.of(a, b))).isEqualTo(dir.resolve("plain"));
    }
}
