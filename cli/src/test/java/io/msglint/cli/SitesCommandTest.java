package io.msglint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code msglint sites}: the inventory's contract, and that every finding points at a listed site. */
class SitesCommandTest {

    private static final String WRONG = "../samples/wrong/src/main/java";
    private static final List<String> DIRECTIONS = List.of("send", "receive");
    private static final List<String> KINDS = List.of("MESSAGE", "EVENT", "UNKNOWN");
    private static final List<String> KIND_SOURCES = List.of("declared", "configured", "inferred", "none");
    private static final List<String> VIAS = List.of("sdk", "spring-cloud-azure", "spring-cloud-stream", "functions", "jms",
            "spring-integration");

    @Test
    void jsonListsEverySiteInTheContractsShapeAndOrder(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("sites.json");

        CliRunner.Run run = CliRunner.run("sites", "--classpath", classpath(), "--format", "json", "--output",
                json.toString(), WRONG);

        assertThat(run.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("tool").asText()).isEqualTo("msglint");
        JsonNode sites = report.get("sites");
        assertThat(sites).isNotEmpty();
        List<String> order = new ArrayList<>();
        for (JsonNode site : sites) {
            assertThat(site.get("direction").asText()).isIn(DIRECTIONS);
            assertThat(site.get("kind").asText()).isIn(KINDS);
            assertThat(site.get("kindSource").asText()).isIn(KIND_SOURCES);
            assertThat(site.get("via").asText()).isIn(VIAS);
            assertThat(site.get("path").isArray()).isTrue();
            assertThat(site.has("entity") ? site.get("entity").asText() : "absent").isNotEmpty();
            order.add(String.format("%s|%08d|%08d", site.get("file").asText(), site.get("line").asInt(),
                    site.get("column").asInt()));
        }
        assertThat(order).isSorted();
        assertThat(sites).anySatisfy(s -> {
            assertThat(s.get("direction").asText()).isEqualTo("send");
            assertThat(s.get("channel").asText()).isEqualTo("STORAGE_QUEUE");
            assertThat(s.get("entity").asText()).isEqualTo("new-songs");
            assertThat(s.get("payload").asText()).isEqualTo("com.contoso.music.NewSongAvailable");
            assertThat(s.get("kind").asText()).isEqualTo("EVENT");
            assertThat(s.get("kindSource").asText()).isEqualTo("declared");
        });
        assertThat(sites).anySatisfy(s -> {
            assertThat(s.get("direction").asText()).isEqualTo("receive");
            assertThat(s.get("via").asText()).isEqualTo("functions");
        });
        assertThat(sites).as("a site without a payload type is listed, without one")
                .anySatisfy(s -> assertThat(s.has("payload")).isFalse());
    }

    @Test
    void everyFindingPointsAtAListedSite(@TempDir Path dir) throws IOException {
        Path sites = dir.resolve("sites.json");
        Path findings = dir.resolve("findings.json");
        CliRunner.run("sites", "--classpath", classpath(), "--format", "json", "--output", sites.toString(), WRONG);
        CliRunner.run("check", "--classpath", classpath(), "--fail-on", "never", "--format", "json", "--output",
                findings.toString(), WRONG);

        Set<String> places = new HashSet<>();
        for (JsonNode site : new ObjectMapper().readTree(sites.toFile()).get("sites")) {
            places.add(place(site));
            site.get("path").forEach(step -> places.add(place(step)));
        }
        JsonNode reported = new ObjectMapper().readTree(findings.toFile()).get("findings");
        assertThat(reported).isNotEmpty().allSatisfy(f -> assertThat(places).contains(place(f)));
    }

    @Test
    void textIsATableWithACount() {
        CliRunner.Run run = CliRunner.run("sites", "--classpath", classpath(), WRONG);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("location").contains("channel", "payload", "kind");
        assertThat(run.out()).contains("com/contoso/music/CatalogService.java:31:9", "STORAGE_QUEUE", "new-songs")
                .containsPattern("msglint: \\d+ sites");
    }

    @Test
    void aSpringProfileGivenOnTheCommandLineChangesWhereBindingsLead() {
        String module = "../linter-core/src/test/resources/spring/stream-eventhubs";

        CliRunner.Run plain = CliRunner.run("sites", module + "/src/main/java");
        CliRunner.Run kafka = CliRunner.run("sites", "--profile", "kafka", module + "/src/main/java");

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("EVENT_HUBS", "transcodes", "spring-cloud-stream");
        assertThat(kafka.exitCode()).isZero();
        assertThat(kafka.out()).as("under the kafka profile the bindings are another broker's")
                .doesNotContain("EVENT_HUBS").contains("msglint: 0 sites");
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(CliRunner.run("sites", "does/not/exist").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("sites", "--format", "sarif", WRONG).exitCode()).isEqualTo(2);
    }

    private static String place(JsonNode node) {
        return node.get("file").asText() + ":" + node.get("line").asInt() + ":" + node.get("column").asInt();
    }

    private static String classpath() {
        return System.getProperty("java.class.path");
    }
}
