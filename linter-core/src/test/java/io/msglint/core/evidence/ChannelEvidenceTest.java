package io.msglint.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.ScanResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.msglint.core.inventory.Site;
import io.msglint.core.report.JsonReporter;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.PayloadKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Code that has never heard of msglint ({@code fixtures/evidence}): each payload's kind inferred
 * from what the code at both ends of its channel does, end to end through a scan.
 */
class ChannelEvidenceTest {

    private static ScanResult result;

    @BeforeAll
    static void scan() {
        result = Fixtures.assertMatchesMarkers(Fixtures.folder("evidence"));
    }

    @Test
    void aMessageNamedLikeNothingIsJudgedByItsConsumer() {
        Finding order = only("ML001", "Order");
        assertThat(order.kindSource()).contains(KindSource.INFERRED);
        assertThat(order.evidence()).as("each clue with its place, strongest first")
                .startsWith(at("orders/Fulfilment.java", "failedOrders.save(")
                        + ": the consumer keeps what failed in a place of its own (failedOrders.save)")
                .contains(at("orders/Fulfilment.java", "order.setStatus(") + ": the consumer sets a status (order.setStatus)",
                        at("orders/Fulfilment.java", "orders.save(") + ": the consumer stores it (orders.save)");
    }

    @Test
    void theJsonReportListsEveryClueWithItsPlace() throws IOException {
        JsonNode findings = new ObjectMapper().readTree(new JsonReporter().format(result)).get("findings");
        List<JsonNode> orders = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("ruleId").asText().equals("ML001") && f.path("payload").asText().endsWith(".Order")) {
                orders.add(f);
            }
        });
        assertThat(orders).as("the Order's ML001 in the JSON report").hasSize(1);
        JsonNode order = orders.get(0);
        assertThat(order.get("kindSource").asText()).isEqualTo("inferred");
        assertThat(order.get("evidence")).extracting(JsonNode::asText)
                .contains(at("orders/Fulfilment.java", "order.setStatus(") + ": the consumer sets a status (order.setStatus)");
    }

    @Test
    void theConsumersFindingIsHeldBackBehindTheSenders() {
        assertThat(result.heldBack()).as("held-back findings").isNotEmpty()
                .anySatisfy(f -> {
                    assertThat(f.ruleId()).isEqualTo("ML012");
                    assertThat(f.location().file()).endsWith("orders/Fulfilment.java");
                });
    }

    @Test
    void aNotificationWhoseConsumerOnlyLooksIsAnEventOnAQueue() {
        Finding change = only("ML003", "PriceChanged");
        assertThat(change.severity().name()).isEqualTo("WARNING");
        assertThat(change.evidence().get(0)).startsWith(at("prices/PriceBoard.java", "log.info(")
                + ": the consumer only logs");
    }

    @Test
    void telemetryItsConsumersStoreIsStillASeries() {
        assertThat(sent("TemperatureReading")).isEqualTo(PayloadKind.EVENT);
        assertThat(sent("HumidityReading")).isEqualTo(PayloadKind.EVENT);
        assertThat(sent("WindMeasurement")).as("one per request, each stored: its name says telemetry")
                .isEqualTo(PayloadKind.EVENT);
    }

    @Test
    void workAtTheOtherEndMakesAMessageWhateverTheName() {
        for (String type : List.of("ShipmentRequest", "Invoice", "AccountClosed", "ProfileErased", "TrialExpired",
                "LedgerPosted", "StockCounted", "Order", "Refund", "Payout")) {
            assertThat(sent(type)).as(type).isEqualTo(PayloadKind.MESSAGE);
        }
    }

    @Test
    void aNotificationOnATopicIsAnEvent() {
        assertThat(sent("MemberJoined")).isEqualTo(PayloadKind.EVENT);
    }

    @Test
    void cluesThatDisagreeLeaveTheKindUnknownAndSayBoth() {
        Finding change = only("ML013", "CartChange");
        assertThat(change.message()).contains(at("carts/Basket.java", "sender.sendMessage(")
                + ": the sender sets a session id", at("carts/CartLog.java", "log.debug(") + ": the consumer only logs");
        assertThat(sent("CartChange")).isEqualTo(PayloadKind.UNCLASSIFIED);
    }

    @Test
    void sitesSayTheKindWasInferred() {
        List<Site> inferred = result.sites().stream()
                .filter(s -> s.kindSource() == KindSource.INFERRED).toList();
        assertThat(inferred).as("sites with an inferred kind").isNotEmpty();
        assertThat(inferred).anySatisfy(s -> {
            assertThat(s.direction()).isEqualTo(Site.Direction.RECEIVE);
            assertThat(s.payload()).hasValueSatisfying(p -> assertThat(p).endsWith(".Order"));
            assertThat(s.kind()).isEqualTo(PayloadKind.MESSAGE);
            assertThat(s.evidence()).as("why, at the receiver too")
                    .contains(at("orders/Fulfilment.java", "order.setStatus(") + ": the consumer sets a status (order.setStatus)");
        });
    }

    /** "Fulfilment.java:35": the file and line of the fixture's first line holding the text, as clues cite them. */
    private static String at(String file, String text) {
        try {
            List<String> lines = Files.readAllLines(Fixtures.folder("evidence").resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return file.substring(file.lastIndexOf('/') + 1) + ":" + (i + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private static Finding only(String rule, String simpleName) {
        List<Finding> found = result.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.payload().orElse("").endsWith("." + simpleName)).toList();
        assertThat(found).as(rule + " on " + simpleName).hasSize(1);
        return found.get(0);
    }

    private static PayloadKind sent(String simpleName) {
        List<Site> sends = result.sites().stream()
                .filter(s -> s.direction() == Site.Direction.SEND
                        && s.payload().orElse("").endsWith("." + simpleName)).toList();
        assertThat(sends).as("sends of " + simpleName).isNotEmpty();
        assertThat(sends).as(simpleName + "'s kind comes from evidence")
                .allSatisfy(s -> assertThat(s.kindSource()).isEqualTo(KindSource.INFERRED));
        return sends.get(0).kind();
    }
}
