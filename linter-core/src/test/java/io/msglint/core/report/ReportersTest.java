package io.msglint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.msglint.core.Diagnostic;
import io.msglint.core.ScanResult;
import io.msglint.core.Stats;
import io.msglint.core.SuppressedFinding;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportersTest {

    private static final Finding FINDING = new Finding("ML001", Severity.ERROR, new SourceLocation("src/A.java", 12, 9),
            "SongUpload is a message <sent> \"through\" Event Grid", Optional.of("com.acme.SongUpload"),
            Optional.of(KindSource.DECLARED), List.of("@Message on com.acme.SongUpload"), Channel.EVENT_GRID,
            Optional.of("songs"), false);
    private static final Finding MOVED = new Finding("ML001", Severity.ERROR, new SourceLocation("src/A.java", 40, 9),
            FINDING.message(), FINDING.payload(), FINDING.kindSource(), FINDING.evidence(), FINDING.channel(),
            FINDING.entity(), false);
    private static final ScanResult RESULT = new ScanResult(List.of(FINDING),
            List.of(new Diagnostic("src/B.java", "cannot parse: line 3")), new Stats(2, 2, 10, 1, 5, 1, false));

    @Test
    void jsonFollowsTheContract() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReporter().format(RESULT));

        assertThat(json.get("tool").asText()).isEqualTo("msglint");
        JsonNode f = json.get("findings").get(0);
        assertThat(f.get("ruleId").asText()).isEqualTo("ML001");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("file").asText()).isEqualTo("src/A.java");
        assertThat(f.get("line").asInt()).isEqualTo(12);
        assertThat(f.get("column").asInt()).isEqualTo(9);
        assertThat(f.get("payload").asText()).isEqualTo("com.acme.SongUpload");
        assertThat(f.get("kindSource").asText()).isEqualTo("declared");
        assertThat(f.get("evidence").get(0).asText()).isEqualTo("@Message on com.acme.SongUpload");
        assertThat(f.get("channel").asText()).isEqualTo("EVENT_GRID");
        assertThat(f.get("entity").asText()).isEqualTo("songs");
        assertThat(json.get("diagnostics").get(0).get("file").asText()).isEqualTo("src/B.java");
        assertThat(json.get("stats").get("filesScanned").asInt()).isEqualTo(2);
    }

    @Test
    void sarifIsValidWithRulesResultsAndLineIndependentFingerprints() throws Exception {
        JsonNode run = new ObjectMapper().readTree(new SarifReporter().format(RESULT)).get("runs").get(0);
        JsonNode moved = new ObjectMapper().readTree(new SarifReporter().format(
                new ScanResult(List.of(MOVED), List.of(), RESULT.stats()))).get("runs").get(0);

        assertThat(run.get("tool").get("driver").get("rules")).hasSize(io.msglint.rules.catalog.RuleCatalog.standard().rules().size());
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText())
                .isEqualTo("ML001");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("src/A.java");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText())
                .isEqualTo(moved.at("/results/0/partialFingerprints/primaryLocationLineHash").asText());
        assertThat(result.at("/fingerprints/msglint~1v2").asText()).isNotEmpty()
                .isEqualTo(moved.at("/results/0/fingerprints/msglint~1v2").asText());
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText()).isEqualTo("cannot parse: line 3");
    }

    @Test
    void sarifSaysWhereItsRelativePathsStartAndWhichModuleItCovers(@TempDir Path repo) throws Exception {
        Path module = Files.createDirectories(repo.resolve("orders/src/main/java"));
        ScanResult result = new ScanResult(List.of(FINDING), List.of(), RESULT.stats(), List.of(), Map.of(),
                ScanResult.Origin.of(repo, List.of(module)), List.of(), List.of());

        JsonNode run = new ObjectMapper().readTree(new SarifReporter().format(result)).get("runs").get(0);

        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(repo.toUri().toString())
                .endsWith("/");
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("msglint/orders/");
        assertThat(SarifReporter.automationId(ScanResult.Origin.of(repo, List.of(repo)))).isEqualTo("msglint/");
    }

    @Test
    void everyReportListsWhatTheCodeSuppressesWithItsReason() throws Exception {
        Suppression legacy = new Suppression("ML001", "legacy channel, moving in Q3",
                Optional.of(new SourceLocation("src/A.java", 11, 5)));
        ScanResult result = new ScanResult(List.of(), List.of(), RESULT.stats(), List.of(), Map.of(),
                ScanResult.Origin.UNKNOWN, List.of(new SuppressedFinding(FINDING, List.of(legacy), List.of())), List.of());

        JsonNode json = new ObjectMapper().readTree(new JsonReporter().format(result));
        assertThat(json.get("findings")).isEmpty();
        assertThat(json.at("/suppressed/0/ruleId").asText()).isEqualTo("ML001");
        assertThat(json.at("/suppressed/0/justification").asText()).isEqualTo("legacy channel, moving in Q3");

        JsonNode sarif = new ObjectMapper().readTree(new SarifReporter().format(result)).at("/runs/0/results/0");
        assertThat(sarif.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(sarif.at("/suppressions/0/justification").asText()).isEqualTo("legacy channel, moving in Q3");

        assertThat(new TextReporter().format(result)).contains("src/A.java:12:9: suppressed [ML001]",
                "Reason: legacy channel, moving in Q3", "0 findings", "1 suppressed in the code");
        assertThat(new HtmlReporter().format(result)).contains("Suppressed in the code", "legacy channel, moving in Q3");
    }

    @Test
    void htmlEscapesWhatItShows() {
        String html = new HtmlReporter().format(RESULT);

        assertThat(html).contains("&lt;sent&gt; &quot;through&quot;", "ML001 message-on-event-channel", "src/A.java:12:9")
                .doesNotContain("<sent>");
    }

    @Test
    void aFindingThroughTheProjectsMethodsCarriesItsPathInJsonAndSarif() throws Exception {
        List<SourceLocation> path = List.of(new SourceLocation("src/Publisher.java", 20, 9),
                new SourceLocation("src/Sender.java", 31, 13));
        Finding through = new Finding("ML001", Severity.ERROR, new SourceLocation("src/Orders.java", 12, 9),
                FINDING.message(), FINDING.payload(), FINDING.kindSource(), FINDING.evidence(), FINDING.channel(),
                FINDING.entity(), false, path);
        ScanResult result = new ScanResult(List.of(through, FINDING), List.of(), RESULT.stats());

        JsonNode json = new ObjectMapper().readTree(new JsonReporter().format(result)).get("findings");
        assertThat(json.get(0).get("path").get(1).get("file").asText()).isEqualTo("src/Sender.java");
        assertThat(json.get(0).get("path").get(1).get("line").asInt()).isEqualTo(31);
        assertThat(json.get(1).has("path")).as("a finding at the SDK call has no path").isFalse();

        JsonNode sarif = new ObjectMapper().readTree(new SarifReporter().format(result)).get("runs").get(0).get("results");
        JsonNode related = sarif.get(0).get("relatedLocations");
        assertThat(related).hasSize(path.size());
        assertThat(related.get(0).at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("src/Publisher.java");
        assertThat(related.get(1).at("/physicalLocation/region/startLine").asInt()).isEqualTo(31);
        assertThat(sarif.get(1).has("relatedLocations")).isFalse();
    }
}
