package io.msglint.core.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.inventory.Site;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Via;
import io.msglint.testkit.ExpectMarkers;
import io.msglint.testkit.Marker;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spring Cloud Stream with the Azure binders and JMS over Service Bus, in small modules of their own
 * ({@code src/test/resources/spring}): each site gets its channel and entity from the module's
 * configuration as the framework would, the rules judge them like SDK sites, and code the
 * configuration does not put on Azure is no site at all.
 */
class SpringFrameworksTest {

    private static final Path MODULES = Path.of("src/test/resources/spring");

    private static ScanResult scan(String module, String... profiles) {
        Path root = MODULES.resolve(module);
        return new Msglint().scan(ScanRequest.of(List.of(root.resolve("src/main/java")), Fixtures.classpath())
                .withBaseDir(root).withProfiles(List.of(profiles)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stream-servicebus", "stream-eventhubs", "jms-servicebus"})
    void findingsMatchTheMarkers(String module) {
        Path root = MODULES.resolve(module);
        ScanResult result = scan(module);

        List<Marker> expected = ExpectMarkers.read(root.resolve("src/main/java"), root);
        assertThat(expected).isNotEmpty();
        assertThat(ExpectMarkers.mismatches(expected, Fixtures.reported(result.findings()))).isEmpty();
        assertThat(result.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("could not be resolved"));
    }

    @Test
    void streamSitesGetTheirBindersChannelAndDestination() {
        List<Site> sites = scan("stream-servicebus").sites();

        assertThat(sites).isNotEmpty().allSatisfy(s -> assertThat(s.via()).isEqualTo(Via.SPRING_CLOUD_STREAM));
        assertThat(site(sites, "publishPrices")).satisfies(s -> {
            assertThat(s.channel()).isEqualTo(Channel.SERVICE_BUS_QUEUE);
            assertThat(s.entity()).contains("price-updates");
            assertThat(s.payload()).contains("shop.PriceChanged");
        });
        assertThat(site(sites, "announcePrices").channel()).as("entityType: TOPIC, relaxed").isEqualTo(Channel.SERVICE_BUS_TOPIC);
        assertThat(site(sites, "shipOrders")).satisfies(s -> {
            assertThat(s.direction()).isEqualTo(Site.Direction.RECEIVE);
            assertThat(s.channel()).as("a consumer without a group reads a queue").isEqualTo(Channel.SERVICE_BUS_QUEUE);
            assertThat(s.entity()).as("the placeholder's default").contains("orders");
        });
        assertThat(sites).as("a bean the function definition leaves out is not bound")
                .noneSatisfy(s -> assertThat(s.api()).contains("Function"));
        assertThat(site(sites, "watchPrices").channel()).as("a group, though its value is only in the environment")
                .isEqualTo(Channel.SERVICE_BUS_TOPIC);
        assertThat(sites).filteredOn(s -> s.api().equals("StreamBridge.send")).extracting(s -> s.entity().orElse("-"))
                .as("a binding's destination; a placeholder set only in the environment, a computed binding: unknown")
                .containsExactlyInAnyOrder("price-audit", "-", "-", "price-announcements");
        assertThat(sites).filteredOn(s -> s.api().equals("StreamBridge.send") && s.channel() == Channel.SERVICE_BUS)
                .as("the computed binding: Service Bus, queue or topic unknown").hasSize(1);
    }

    @Test
    void anAggregatorListingAnotherBindersModuleIsNoDependencyOnIt(@TempDir Path dir) throws IOException {
        // Azure's samples: the root pom lists every sample as a module, some named after a binder.
        Path module = dir.resolve("servicebus/stream-servicebus");
        copy(MODULES.resolve("stream-servicebus"), module);
        Files.writeString(dir.resolve("pom.xml"), """
                <project>
                  <!-- <dependency><artifactId>spring-cloud-azure-stream-binder-eventhubs</artifactId></dependency> -->
                  <modules>
                    <module>eventhubs/spring-cloud-azure-stream-binder-eventhubs</module>
                    <module>servicebus/stream-servicebus</module>
                  </modules>
                  <dependencyManagement><dependencies><dependency>
                    <artifactId>spring-cloud-azure-stream-binder-eventhubs</artifactId>
                  </dependency></dependencies></dependencyManagement>
                </project>
                """);
        List<Site> sites = new Msglint().scan(ScanRequest.of(List.of(module.resolve("src/main/java")),
                Fixtures.classpath()).withBaseDir(dir)).sites();

        assertThat(sites).filteredOn(s -> s.entity().orElse("").equals("price-updates"))
                .as("Service Bus, the only binder the module depends on").isNotEmpty()
                .allSatisfy(s -> assertThat(s.channel()).isEqualTo(Channel.SERVICE_BUS_QUEUE));
    }

    @Test
    void eventHubsBindingsAndAProfileThatMovesThemToAnotherBroker() {
        List<Site> sites = scan("stream-eventhubs").sites();

        assertThat(sites).isNotEmpty().allSatisfy(s -> assertThat(s.channel()).isEqualTo(Channel.EVENT_HUBS));
        assertThat(sites).extracting(s -> s.entity().orElse("-")).contains("transcodes", "plays");
        assertThat(scan("stream-eventhubs", "kafka").sites()).as("under the kafka profile").isEmpty();
    }

    @Test
    void jmsIsServiceBusOnlyWhereTheModuleConfiguresIt(@TempDir Path dir) throws IOException {
        List<Site> sites = scan("jms-servicebus").sites();

        assertThat(sites).isNotEmpty().allSatisfy(s -> assertThat(s.via()).isEqualTo(Via.JMS));
        assertThat(sites).filteredOn(s -> s.entity().orElse("").equals("song-news"))
                .hasSize(2).allSatisfy(s -> assertThat(s.channel()).isEqualTo(Channel.SERVICE_BUS_TOPIC));
        assertThat(sites).filteredOn(s -> s.entity().orElse("").equals("song-added"))
                .hasSize(2).allSatisfy(s -> assertThat(s.channel()).isEqualTo(Channel.SERVICE_BUS_QUEUE));
        assertThat(sites).filteredOn(s -> s.entity().isEmpty()).as("convertAndSend(payload), the default destination")
                .singleElement().satisfies(s -> {
                    assertThat(s.channel()).isEqualTo(Channel.SERVICE_BUS);
                    assertThat(s.payload()).contains("songs.SongAdded");
                });
        Path activeMq = dir.resolve("activemq");
        copy(MODULES.resolve("jms-servicebus"), activeMq);
        Files.delete(activeMq.resolve("src/main/resources/application.yml"));
        Files.writeString(activeMq.resolve("src/main/resources/application.properties"),
                "spring.activemq.broker-url=tcp://localhost:61616\nsongs.added-queue=song-added\n");
        assertThat(new Msglint().scan(ScanRequest.of(List.of(activeMq.resolve("src/main/java")), Fixtures.classpath())
                .withBaseDir(activeMq)).sites()).as("the same JMS code talking to ActiveMQ").isEmpty();
    }

    @Test
    void springIntegrationAdaptersNameTheirServiceAndEntityInCode() {
        List<Site> sites = scan("integration").sites();

        assertThat(sites).isNotEmpty().allSatisfy(s -> assertThat(s.via()).isEqualTo(Via.SPRING_INTEGRATION));
        assertThat(sites).extracting(s -> s.direction() + " " + s.channel() + " " + s.entity().orElse("-"))
                .containsExactlyInAnyOrder("SEND SERVICE_BUS_QUEUE invoices", "SEND EVENT_HUBS telemetry",
                        "RECEIVE SERVICE_BUS_TOPIC billing-events", "RECEIVE STORAGE_QUEUE refunds");
    }

    @Test
    void functionalBeansWithoutAStreamBinderAreNoSites() {
        assertThat(scan("no-binder").sites()).isEmpty();
    }

    @Test
    void aMalformedConfigurationFileIsANoteAndTheJavaIsStillAnalysed(@TempDir Path dir) throws IOException {
        Path module = dir.resolve("broken");
        copy(MODULES.resolve("jms-servicebus"), module);
        Files.writeString(module.resolve("src/main/resources/application.yml"), "spring:\n  jms: [servicebus\n");

        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(module.resolve("src/main/java")),
                Fixtures.classpath()).withBaseDir(module));

        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("src/main/resources/application.yml");
            assertThat(d.message()).startsWith("Spring configuration: line ");
        });
        assertThat(result.sites()).as("no Service Bus configuration read: no JMS site").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stream-servicebus", "stream-eventhubs", "jms-servicebus", "no-binder", "integration"})
    void theModulesAreJavaThatCompiles(String module, @TempDir Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-classpath",
                String.join(File.pathSeparator, Fixtures.classpath().stream().map(Path::toString).toList())));
        try (Stream<Path> files = Files.walk(MODULES.resolve(module))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
        }

        assertThat(javac.run(null, null, null, arguments.toArray(new String[0]))).isZero();
    }

    private static Site site(List<Site> sites, String bean) {
        List<Site> matching = sites.stream().filter(s -> s.api().startsWith("@Bean")
                && s.entity().isPresent() && s.location().line() > 0 && lineHas(s, bean)).toList();
        assertThat(matching).as(bean).hasSize(1);
        return matching.get(0);
    }

    private static boolean lineHas(Site site, String bean) {
        try {
            Path file = Files.walk(MODULES).filter(f -> f.toString().endsWith(site.location().file())).findFirst().orElseThrow();
            return Files.readAllLines(file).get(site.location().line() - 1).contains(" " + bean + "()");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
