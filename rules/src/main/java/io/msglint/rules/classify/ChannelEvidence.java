package io.msglint.rules.classify;

import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Sign;
import io.msglint.rules.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs each send with the receivers of its channel and decides the kind of every payload nothing
 * declares from the clues at both ends ({@link KindEvidence}). A receiver reads a send's payload
 * when both name the same entity of the same service and the receiver binds that type or none;
 * where either entity is unknown, when the receiver binds the type. Receivers take the kind
 * decided at a send they are paired with; a receiver no scanned send is paired with keeps the
 * kind its type's name gives, since what one end does is no evidence without the other.
 *
 * <p>Plain loops: this runs on every warm run, in a fresh JVM (docs/performance.md).
 */
public final class ChannelEvidence {

    private ChannelEvidence() {
    }

    public static Facts decide(Facts facts) {
        Map<SourceLocation, Set<String>> typesAtCall = typesAtEachSdkCall(facts.sends());
        List<SendSite> sends = new ArrayList<>();
        // By identity: a receiver's record hashes every bound type deeply, and each is here once.
        Map<ReceiveSite, Map<String, PayloadType>> decidedAtReceivers = new IdentityHashMap<>();
        for (SendSite send : facts.sends()) {
            boolean shared = typesAtCall.get(sdkCall(send)).size() > 1;
            sends.add(decided(send, shared, facts.receives(), decidedAtReceivers));
        }
        List<ReceiveSite> receives = new ArrayList<>();
        for (ReceiveSite receive : facts.receives()) {
            Map<String, PayloadType> decided = decidedAtReceivers.get(receive);
            receives.add(decided == null ? receive : withBound(receive, decided));
        }
        return new Facts(sends, receives, facts.tiers());
    }

    /**
     * @param shared whether the SDK call sends payloads of several types, as a helper every sender
     *               calls does: how it sends says nothing about any one of them
     */
    private static SendSite decided(SendSite send, boolean shared, List<ReceiveSite> receives,
                                    Map<ReceiveSite, Map<String, PayloadType>> decidedAtReceivers) {
        List<Payload> payloads = new ArrayList<>();
        boolean changed = false;
        for (Payload payload : send.payloads()) {
            Optional<PayloadType> type = payload.type();
            if (type.isEmpty() || type.get().source() == KindSource.DECLARED
                    || type.get().source() == KindSource.CONFIGURED || send.channel() == Channel.UNKNOWN) {
                payloads.add(payload);
                continue;
            }
            List<ReceiveSite> paired = paired(send, type.get().name(), receives);
            List<Clue> clues = new ArrayList<>(senderClues(send, shared));
            for (ReceiveSite receive : paired) {
                clues.addAll(receive.clues());
            }
            PayloadType decided = KindEvidence.decide(type.get(), clues);
            if (decided != type.get()) {
                changed = true;
                for (ReceiveSite receive : paired) {
                    Map<String, PayloadType> atReceiver = decidedAtReceivers.get(receive);
                    if (atReceiver == null) {
                        atReceiver = new HashMap<>();
                        decidedAtReceivers.put(receive, atReceiver);
                    }
                    atReceiver.putIfAbsent(decided.name(), decided);
                }
            }
            payloads.add(new Payload(Optional.of(decided), payload.content()));
        }
        return changed ? new SendSite(send.location(), send.channel(), send.entity(), send.api(), payloads,
                send.traits(), send.suppressions(), send.path(), send.via()) : send;
    }

    /** The receivers that read what this send sends of this type. */
    private static List<ReceiveSite> paired(SendSite send, String type, List<ReceiveSite> receives) {
        List<ReceiveSite> paired = new ArrayList<>();
        for (ReceiveSite receive : receives) {
            if (!sameService(send.channel(), receive.channel())) {
                continue;
            }
            boolean binds = binds(receive, type);
            boolean bothNamed = send.entity().isPresent() && receive.entity().isPresent();
            if (bothNamed ? sameEntity(send, receive) && (binds || receive.boundTypes().isEmpty()) : binds) {
                paired.add(receive);
            }
        }
        return paired;
    }

    private static boolean binds(ReceiveSite receive, String type) {
        for (PayloadType bound : receive.boundTypes()) {
            if (bound.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameService(Channel sent, Channel received) {
        return sent == received || sent.isServiceBus() && received.isServiceBus();
    }

    /** Entity names compare as Azure does: Service Bus, Storage and Event Hubs names ignore case. */
    private static boolean sameEntity(SendSite send, ReceiveSite receive) {
        return send.entity().get().toLowerCase(Locale.ROOT).equals(receive.entity().get().toLowerCase(Locale.ROOT));
    }

    /** The SDK call each send ends in, with the payload types that reach it. */
    private static Map<SourceLocation, Set<String>> typesAtEachSdkCall(List<SendSite> sends) {
        Map<SourceLocation, Set<String>> types = new HashMap<>();
        for (SendSite send : sends) {
            Set<String> here = types.get(sdkCall(send));
            if (here == null) {
                here = new HashSet<>();
                types.put(sdkCall(send), here);
            }
            for (Payload payload : send.payloads()) {
                if (payload.type().isPresent()) {
                    here.add(payload.type().get().name());
                }
            }
        }
        return types;
    }

    private static SourceLocation sdkCall(SendSite send) {
        return send.path().isEmpty() ? send.location() : send.path().get(send.path().size() - 1);
    }

    /**
     * What the send shows: scheduling, sessions, message ids, transactions, a partitioned series.
     * Of an SDK call that sends several types, only the series: the loop is the caller's own.
     */
    static List<Clue> senderClues(SendSite send, boolean shared) {
        List<Clue> clues = new ArrayList<>();
        SendTraits traits = send.traits();
        String call = send.api().substring(send.api().lastIndexOf('.') + 1);
        if (shared) {
            seriesClue(send, traits).ifPresent(clues::add);
            return clues;
        }
        if (SdkCatalog.isSchedulingSend(call)) {
            clues.add(Clue.at(Sign.SCHEDULES, send.location(), "the sender schedules its delivery (" + send.api() + ")"));
        }
        if (traits.sessionId()) {
            clues.add(Clue.at(Sign.SETS_SESSION, send.location(), "the sender sets a session id: a conversation "
                    + "one receiver processes in order"));
        }
        if (traits.messageId()) {
            clues.add(Clue.at(Sign.SETS_MESSAGE_ID, send.location(), "the sender sets a message id, so a duplicate "
                    + "is not processed twice"));
        }
        if (traits.transaction()) {
            clues.add(Clue.at(Sign.SENDS_IN_TRANSACTION, send.location(), "the sender sends in a transaction"));
        }
        seriesClue(send, traits).ifPresent(clues::add);
        return clues;
    }

    private static Optional<Clue> seriesClue(SendSite send, SendTraits traits) {
        boolean endless = traits.loop() == SendTraits.Loop.SCHEDULED || traits.loop() == SendTraits.Loop.UNBOUNDED;
        if (!endless || !traits.partitioned()) {
            return Optional.empty();
        }
        return Optional.of(Clue.at(Sign.PUBLISHES_SERIES, send.location(), "the sender publishes from "
                + (traits.loop() == SendTraits.Loop.SCHEDULED ? "a scheduled task" : "an unbounded loop")
                + " with a partition key: a series of readings"));
    }

    private static ReceiveSite withBound(ReceiveSite receive, Map<String, PayloadType> decided) {
        List<PayloadType> bound = new ArrayList<>();
        for (PayloadType type : receive.boundTypes()) {
            bound.add(decided.getOrDefault(type.name(), type));
        }
        return new ReceiveSite(receive.location(), receive.channel(), receive.entity(), receive.api(),
                receive.trigger(), bound, receive.mode(), receive.session(), receive.polling(), receive.suppressions(),
                receive.via(), receive.clues());
    }
}
