package io.msglint.core.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spring Boot's configuration files as Spring reads them: profiles, placeholders, relaxed names, bad files. */
class ConfigFilesTest {

    @TempDir
    Path resources;

    private final List<String> problems = new ArrayList<>();

    private SpringConfig load(String... profiles) {
        return ConfigFiles.load(resources, List.of(profiles), (file, problem) -> problems.add(file.getFileName() + ": " + problem));
    }

    @Test
    void yamlIsFlattenedAndNamesAreRelaxed() throws IOException {
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  cloud:
                    stream:
                      servicebus:
                        bindings:
                          supply-out-0:
                            producer:
                              entityType: topic
                """);

        SpringConfig config = load();

        assertThat(config.get("spring.cloud.stream.servicebus.bindings.supply-out-0.producer.entity-type")).contains("topic");
        assertThat(config.get("spring.cloud.stream.servicebus.bindings.supply-out-0.producer.ENTITY_TYPE")).contains("topic");
        assertThat(config.children("spring.cloud.stream.servicebus.bindings")).containsExactly("supplyout0");
        assertThat(problems).isEmpty();
    }

    @Test
    void placeholdersResolveAgainstTheFilesOrTheirDefaultsElseNothing() throws IOException {
        Files.writeString(resources.resolve("application.properties"), """
                queues.orders=orders-${env.suffix:dev}
                destination=${queues.orders}
                external=${AZURE_SERVICEBUS_QUEUE_NAME}
                braces={AZURE_EVENTHUBS_NAMESPACE}
                """);

        SpringConfig config = load();

        assertThat(config.get("destination")).contains("orders-dev");
        assertThat(config.get("external")).as("set only in the environment: unknown").isEmpty();
        assertThat(config.get("braces")).as("no '$': a literal").contains("{AZURE_EVENTHUBS_NAMESPACE}");
        assertThat(config.get("missing")).isEmpty();
    }

    @Test
    void profilesOverrideTheBaseFilesInOrder() throws IOException {
        Files.writeString(resources.resolve("application.yml"), """
                spring.profiles.active: cloud
                orders.destination: local-orders
                ---
                spring.config.activate.on-profile: cloud
                orders.destination: cloud-orders
                ---
                spring.config.activate.on-profile: "!cloud"
                orders.tier: basic
                """);
        Files.writeString(resources.resolve("application-prod.properties"), "orders.destination=prod-orders\n");

        assertThat(load().get("orders.destination")).contains("cloud-orders");
        assertThat(load().get("orders.tier")).isEmpty();
        assertThat(load("prod").get("orders.destination")).as("a profile given on top").contains("prod-orders");
    }

    @Test
    void propertiesWinOverYamlBesideThem() throws IOException {
        Files.writeString(resources.resolve("application.yaml"), "orders:\n  destination: from-yaml\n");
        Files.writeString(resources.resolve("application.properties"), "orders.destination: from-properties\n");

        assertThat(load().get("orders.destination")).contains("from-properties");
    }

    @Test
    void aMalformedFileIsAProblemWithItsLineAndTheOthersStillCount() throws IOException {
        Files.writeString(resources.resolve("application.yml"), "spring:\n  cloud: [unclosed\n  stream: x\n");
        Files.writeString(resources.resolve("application.properties"), "orders.destination=kept\n");

        SpringConfig config = load();

        assertThat(config.get("orders.destination")).contains("kept");
        assertThat(problems).singleElement().asString().startsWith("application.yml: line ").contains("YAML");
    }

    @Test
    void garbageAndDeepNestingAreProblemsNotCrashes() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(resources.resolve("application.yml"), garbage);
        Files.writeString(resources.resolve("application-deep.yaml"), "a: ".repeat(1) + "[".repeat(20_000) + "]".repeat(20_000));

        SpringConfig config = load("deep");

        assertThat(config.isEmpty()).isTrue();
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("application"));
    }

    @Test
    void aliasBombsAreRefused() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append("]\n");
        }
        Files.writeString(resources.resolve("application.yml"), bomb);

        SpringConfig config = load();

        assertThat(problems).singleElement().asString().contains("application.yml");
        assertThat(config.isEmpty()).isTrue();
    }
}
