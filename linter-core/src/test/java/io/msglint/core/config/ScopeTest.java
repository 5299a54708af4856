package io.msglint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are checked: test sources only when asked for, and the configured globs. */
class ScopeTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void testSourcesFoundUnderAPathAreLeftOutUnlessAskedFor() {
        Scope scope = Scope.DEFAULT;

        assertThat(scope.keeps(ROOT, ROOT.resolve("src/main/java/A.java"), "src/main/java/A.java")).isTrue();
        for (String folder : List.of("test", "integrationTest", "functionalTest", "it", "testFixtures")) {
            String path = "svc/src/" + folder + "/java/A.java";
            assertThat(scope.keeps(ROOT, ROOT.resolve(path), path)).as(folder).isFalse();
            assertThat(scope.withTests(true).keeps(ROOT, ROOT.resolve(path), path)).as(folder).isTrue();
        }
        assertThat(scope.keeps(ROOT, ROOT.resolve("src/main/java/test/A.java"), "src/main/java/test/A.java"))
                .as("a package named test").isTrue();
    }

    @Test
    void aPathGivenInsideTestSourcesIsCheckedAsGiven() {
        Path tests = ROOT.resolve("src/test/java");

        assertThat(Scope.DEFAULT.keeps(tests, tests.resolve("com/acme/ATest.java"), "src/test/java/com/acme/ATest.java"))
                .isTrue();
    }

    @Test
    void includeAndExcludeGlobsOverThePathFromTheBase() {
        Scope scope = new Scope(List.of("**/src/main/java/**"), List.of("**/generated/**", "**/*Dto.java"), false);

        assertThat(scope.keeps(ROOT, ROOT.resolve("a/src/main/java/X.java"), "a/src/main/java/X.java")).isTrue();
        assertThat(scope.keeps(ROOT, ROOT.resolve("a/src/main/java/generated/X.java"), "a/src/main/java/generated/X.java")).isFalse();
        assertThat(scope.keeps(ROOT, ROOT.resolve("a/src/main/java/OrderDto.java"), "a/src/main/java/OrderDto.java")).isFalse();
        assertThat(scope.keeps(ROOT, ROOT.resolve("tools/X.java"), "tools/X.java")).isFalse();
        assertThat(scope.keeps(ROOT, ROOT.resolve("src/main/java/X.java"), "src/main/java/X.java")).as("**/ matches no folder too")
                .isTrue();
    }

    @Test
    void aScanLeavesOutTheTestSourcesItFinds(@TempDir Path repo) throws IOException {
        String sender = """
                package app;

                import com.azure.core.util.BinaryData;
                import com.azure.messaging.servicebus.ServiceBusClientBuilder;
                import com.azure.messaging.servicebus.ServiceBusMessage;
                import com.azure.messaging.servicebus.ServiceBusSenderClient;

                class Sender {
                    private final ServiceBusSenderClient sender = new ServiceBusClientBuilder().connectionString("x")
                            .sender().queueName("q").buildClient();

                    void send(String text) {
                        sender.sendMessage(new ServiceBusMessage(BinaryData.fromString(text)));
                    }
                }
                """;
        Files.writeString(Files.createDirectories(repo.resolve("src/main/java/app")).resolve("Sender.java"), sender);
        Files.writeString(Files.createDirectories(repo.resolve("src/test/java/app")).resolve("Sender.java"), sender);
        ScanRequest request = ScanRequest.of(List.of(repo), Fixtures.classpath()).withBaseDir(repo);

        ScanResult mainOnly = new Msglint().scan(request);
        ScanResult withTests = new Msglint().scan(request.withConfig(Config.DEFAULT.withScope(Scope.DEFAULT.withTests(true))));

        assertThat(mainOnly.sites()).singleElement().satisfies(s -> assertThat(s.location().file()).startsWith("src/main"));
        assertThat(withTests.sites()).hasSize(2);
    }

    @Test
    void theConfigurationReadsItsGlobs() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        properties.load(new java.io.StringReader("scan.include = **/src/main/java/**\nscan.exclude = **/generated/**, **/*Dto.java"));

        Scope scope = ConfigLoader.parse(properties, "test").scope();

        assertThat(scope.include()).containsExactly("**/src/main/java/**");
        assertThat(scope.exclude()).containsExactly("**/generated/**", "**/*Dto.java");
        assertThat(scope.tests()).isFalse();
    }
}
