package io.msglint.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.annotations.EventKind;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.Sign;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Tiers;
import io.msglint.rules.model.TypeShape;
import io.msglint.rules.model.Via;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How clues combine into a kind, and which receivers a send is paired with. */
class KindEvidenceTest {

    private static final PayloadClassifier CLASSIFIER = new PayloadClassifier(ConfiguredKinds.NONE);

    @Test
    void aClueOfWhatTheReceiverDoesOutweighsTheName() {
        PayloadType decided = KindEvidence.decide(named("com.acme.AccountClosed"),
                List.of(clue(Sign.CHANGES_STATE, "Closer.java", 12)));
        assertThat(decided.kind()).isEqualTo(PayloadKind.MESSAGE);
        assertThat(decided.source()).isEqualTo(KindSource.INFERRED);
        assertThat(decided.evidence()).hasSize(2);
        assertThat(decided.evidence().get(0)).startsWith("Closer.java:12: ");
        assertThat(decided.evidence().get(1)).contains("past tense").endsWith("(outweighed by the stronger clue above)");
        assertThat(decided.isInferredFromName()).isFalse();
    }

    @Test
    void equallyStrongCluesThatDisagreeLeaveTheKindUnknown() {
        PayloadType decided = KindEvidence.decide(named("com.acme.CartChange"),
                List.of(clue(Sign.SETS_SESSION, "Basket.java", 3), clue(Sign.ONLY_OBSERVES, "Log.java", 9)));
        assertThat(decided.kind()).isEqualTo(PayloadKind.UNCLASSIFIED);
        assertThat(decided.source()).isEqualTo(KindSource.INFERRED);
        assertThat(decided.evidence()).containsExactly("Basket.java:3: detail (says message)", "Log.java:9: detail (says event)");
    }

    @Test
    void storingYieldsToAnyClueOfAnEvent() {
        assertThat(KindEvidence.decide(named("com.acme.OrderPlaced"), List.of(clue(Sign.STORES, "Projection.java", 4)))
                .kind()).as("an event's consumer recording it").isEqualTo(PayloadKind.EVENT);
        assertThat(KindEvidence.decide(named("com.acme.Shipment"), List.of(clue(Sign.STORES, "Worker.java", 4)))
                .kind()).as("nothing says event").isEqualTo(PayloadKind.MESSAGE);
        PayloadType series = KindEvidence.decide(named("com.acme.Reading"),
                List.of(clue(Sign.STORES, "Archive.java", 4), clue(Sign.PUBLISHES_SERIES, "Pump.java", 8)));
        assertThat(series.kind()).isEqualTo(PayloadKind.EVENT);
        assertThat(series.event()).contains(EventKind.SERIES);
        assertThat(series.evidence()).last().asString().endsWith("(consumers of events store them too)");
    }

    @Test
    void consumersThatOnlyLogMakeFindingsOfInfoUnlessSomethingElseAgrees() {
        PayloadType logged = KindEvidence.decide(named("com.acme.User"),
                List.of(clue(Sign.ONLY_LOGS, "A.java", 3), clue(Sign.ONLY_LOGS, "B.java", 4)));
        assertThat(logged.kind()).isEqualTo(PayloadKind.EVENT);
        assertThat(logged.inferenceCeiling()).as("perhaps placeholders").isEqualTo(Severity.INFO);
        assertThat(KindEvidence.decide(named("com.acme.PriceChanged"), List.of(clue(Sign.ONLY_LOGS, "A.java", 3)))
                .inferenceCeiling()).as("and a name that says event").isEqualTo(Severity.WARNING);
        assertThat(KindEvidence.decide(named("com.acme.User"), List.of(clue(Sign.ONLY_OBSERVES, "A.java", 3)))
                .inferenceCeiling()).as("counting or keeping a view is no placeholder").isEqualTo(Severity.WARNING);
    }

    @Test
    void declaredAndConfiguredKindsWinOverEveryClue() {
        PayloadType declared = new PayloadType(TypeShape.unknown("com.acme.Ping"), PayloadKind.EVENT, KindSource.DECLARED,
                List.of("@Event on com.acme.Ping"), MessageTraits.DEFAULTS, Optional.empty());
        assertThat(KindEvidence.decide(declared, List.of(clue(Sign.SETTLES_FAILURES, "A.java", 1)))).isSameAs(declared);
    }

    @Test
    void withoutCluesTheNameStands() {
        PayloadType named = named("com.acme.SongUploaded");
        assertThat(KindEvidence.decide(named, List.of())).isSameAs(named);
        assertThat(named.isInferredFromName()).isTrue();
    }

    @Test
    void theSendersConductIsAClue() {
        SourceLocation at = new SourceLocation("src/Sender.java", 7, 9);
        assertThat(signs(send(at, "ServiceBusSenderClient.scheduleMessage", traits(false, false, false, false,
                SendTraits.Loop.NONE)))).containsExactly(Sign.SCHEDULES);
        assertThat(signs(send(at, "ServiceBusSenderClient.sendMessage", traits(true, true, true, false,
                SendTraits.Loop.NONE)))).containsExactly(Sign.SETS_SESSION, Sign.SETS_MESSAGE_ID, Sign.SENDS_IN_TRANSACTION);
        assertThat(signs(send(at, "EventHubProducerClient.send", traits(false, false, false, true,
                SendTraits.Loop.UNBOUNDED)))).containsExactly(Sign.PUBLISHES_SERIES);
        assertThat(signs(send(at, "EventHubProducerClient.send", traits(false, false, false, true,
                SendTraits.Loop.SCHEDULED)))).containsExactly(Sign.PUBLISHES_SERIES);
    }

    @Test
    void nearMissLoopsThatAreNoSeries() {
        SourceLocation at = new SourceLocation("src/Sender.java", 7, 9);
        assertThat(signs(send(at, "EventHubProducerClient.send", traits(false, false, false, false,
                SendTraits.Loop.UNBOUNDED)))).as("no partition key").isEmpty();
        assertThat(signs(send(at, "EventHubProducerClient.send", traits(false, false, false, true,
                SendTraits.Loop.BOUNDED)))).as("one per recipient").isEmpty();
        assertThat(signs(send(at, "ServiceBusSenderClient.sendMessage", SendTraits.PLAIN))).isEmpty();
    }

    @Test
    void aHelperThatSendsEveryTypeTheSameWaySaysNothingOfAny() {
        SourceLocation helper = new SourceLocation("src/SendHelper.java", 40, 9);
        SendTraits withId = traits(false, true, false, false, SendTraits.Loop.NONE);
        SendSite envelope = throughHelper("src/Envelopes.java", "com.acme.EnvelopeMsg", helper, withId);
        SendSite heartbeat = throughHelper("src/Heartbeat.java", "com.acme.HeartbeatMsg", helper, withId);

        Facts decided = ChannelEvidence.decide(new Facts(List.of(envelope, heartbeat), List.of(), Tiers.DEFAULT));
        assertThat(decided.sends()).hasSize(2).allSatisfy(s -> assertThat(s.payloads().get(0).kind())
                .isEqualTo(PayloadKind.UNCLASSIFIED));
        Facts alone = ChannelEvidence.decide(new Facts(List.of(envelope), List.of(), Tiers.DEFAULT));
        assertThat(alone.sends().get(0).payloads().get(0).kind()).as("a helper for one type speaks for it")
                .isEqualTo(PayloadKind.MESSAGE);
    }

    @Test
    void aSendIsPairedWithTheReceiversOfItsEntity() {
        SourceLocation at = new SourceLocation("src/Sender.java", 7, 9);
        SendSite send = new SendSite(at, Channel.EVENT_HUBS, Optional.of("Orders"), "EventHubProducerClient.send",
                List.of(new Payload(Optional.of(named("com.acme.Order")), List.of())), SendTraits.PLAIN, Set.of());
        ReceiveSite sameHub = receive(Channel.EVENT_HUBS, Optional.of("orders"), List.of(), Sign.CHANGES_STATE);
        ReceiveSite otherHub = receive(Channel.EVENT_HUBS, Optional.of("audit"), List.of(), Sign.ONLY_OBSERVES);
        ReceiveSite otherService = receive(Channel.SERVICE_BUS_QUEUE, Optional.of("orders"), List.of(), Sign.ONLY_OBSERVES);

        Facts decided = ChannelEvidence.decide(new Facts(List.of(send), List.of(otherHub, sameHub, otherService),
                Tiers.DEFAULT));
        PayloadType order = decided.sends().get(0).payloads().get(0).type().orElseThrow();
        assertThat(order.kind()).isEqualTo(PayloadKind.MESSAGE);
        assertThat(order.clues()).extracting(Clue::sign).containsExactly(Sign.CHANGES_STATE);
    }

    @Test
    void whereAnEntityIsUnknownTheReceiverMustBindTheType() {
        SourceLocation at = new SourceLocation("src/Sender.java", 7, 9);
        PayloadType order = named("com.acme.Order");
        SendSite send = new SendSite(at, Channel.EVENT_HUBS, Optional.empty(), "EventHubProducerClient.send",
                List.of(new Payload(Optional.of(order), List.of())), SendTraits.PLAIN, Set.of());
        ReceiveSite binds = receive(Channel.EVENT_HUBS, Optional.empty(), List.of(order), Sign.CHANGES_STATE);
        ReceiveSite bindsNothing = receive(Channel.EVENT_HUBS, Optional.empty(), List.of(), Sign.ONLY_OBSERVES);

        Facts decided = ChannelEvidence.decide(new Facts(List.of(send), List.of(bindsNothing, binds), Tiers.DEFAULT));
        assertThat(decided.sends().get(0).payloads().get(0).kind()).isEqualTo(PayloadKind.MESSAGE);
        assertThat(decided.receives().get(1).boundTypes()).as("the receiver takes the kind decided at its send")
                .singleElement().satisfies(t -> assertThat(t.kind()).isEqualTo(PayloadKind.MESSAGE));
        assertThat(decided.receives().get(0)).as("a receiver paired with no send is left as it was")
                .isSameAs(bindsNothing);
    }

    private static PayloadType named(String name) {
        return CLASSIFIER.classify(TypeShape.unknown(name)).type();
    }

    private static Clue clue(Sign sign, String file, int line) {
        return Clue.at(sign, new SourceLocation("src/" + file, line, 5), "detail");
    }

    private static SendTraits traits(boolean session, boolean id, boolean transaction, boolean partitioned,
                                     SendTraits.Loop loop) {
        return new SendTraits(session, id, transaction, partitioned, loop, SendTraits.Handling.CHECKED,
                OptionalInt.empty(), OptionalLong.empty(), false);
    }

    private static SendSite send(SourceLocation at, String api, SendTraits traits) {
        return new SendSite(at, Channel.SERVICE_BUS_QUEUE, Optional.empty(), api, List.of(), traits, Set.of());
    }

    private static SendSite throughHelper(String file, String type, SourceLocation helper, SendTraits traits) {
        return new SendSite(new SourceLocation(file, 10, 5), Channel.SERVICE_BUS_QUEUE, Optional.empty(),
                "ServiceBusSenderClient.sendMessage", List.of(new Payload(Optional.of(named(type)), List.of())), traits,
                Set.of(), List.of(helper), Via.SDK);
    }

    private static List<Sign> signs(SendSite send) {
        return ChannelEvidence.senderClues(send, false).stream().map(Clue::sign).toList();
    }

    private static ReceiveSite receive(Channel channel, Optional<String> entity, List<PayloadType> bound, Sign sign) {
        return new ReceiveSite(new SourceLocation("src/Receiver.java", 3, 1), channel, entity, "handler", false, bound,
                Optional.empty(), false, false, Set.of(), Via.SDK, List.of(clue(sign, "Receiver.java", 4)));
    }
}
