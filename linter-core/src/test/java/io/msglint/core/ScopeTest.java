package io.msglint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.source.SourceDiscovery;
import io.msglint.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are checked: test sources only when asked for, and the configured globs. */
class ScopeTest {

    @Test
    void testSourcesFoundUnderAPathAreLeftOutUnlessAskedFor(@TempDir Path repo) throws IOException {
        List<String> folders = List.of("test", "integrationTest", "functionalTest", "it", "testFixtures");
        Files.writeString(Files.createDirectories(repo.resolve("svc/src/main/java/test")).resolve("A.java"), "class A {}");
        for (String folder : folders) {
            Files.writeString(Files.createDirectories(repo.resolve("svc/src/" + folder + "/java")).resolve("T.java"), "class T {}");
        }

        assertThat(SourceDiscovery.find(List.of(repo), false)).extracting(f -> repo.relativize(f.path()).toString())
                .containsExactly("svc/src/main/java/test/A.java");
        assertThat(SourceDiscovery.find(List.of(repo), true)).hasSize(1 + folders.size());
        Path tests = repo.resolve("svc/src/test/java");
        assertThat(SourceDiscovery.find(List.of(tests), false)).as("a PATH inside test sources is checked as given")
                .hasSize(1);
    }

    @Test
    void includeAndExcludeGlobsOverThePathFromTheBase() {
        Scope scope = new Scope(List.of("**/src/main/java/**"), List.of("**/generated/**", "**/*Dto.java"), false);

        assertThat(scope.keeps("a/src/main/java/X.java")).isTrue();
        assertThat(scope.keeps("a/src/main/java/generated/X.java")).isFalse();
        assertThat(scope.keeps("a/src/main/java/OrderDto.java")).isFalse();
        assertThat(scope.keeps("tools/X.java")).isFalse();
        assertThat(scope.keeps("src/main/java/X.java")).as("**/ matches no folder too").isTrue();
        assertThat(Scope.DEFAULT.hasGlobs()).isFalse();
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
