package io.msglint.rules.checks;

import io.msglint.annotations.Delivery;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ML007: the delivery guarantee a message needs is not the one it gets. Storage queues deliver
 * at least once, so an at-most-once message will arrive twice; a Service Bus receiver in
 * RECEIVE_AND_DELETE mode delivers at most once, so an at-least-once message is lost when the
 * receiver crashes after receiving it. At-most-once is the receive mode, not duplicate detection
 * as the module says (Microsoft Learn, "Message transfers, locks and settlement").
 */
public final class DeliveryGuaranteeMismatch implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML007", "delivery-guarantee-mismatch", Severity.ERROR,
            "An AT_MOST_ONCE MESSAGE goes through a Storage queue, or an at-least-once MESSAGE is received in RECEIVE_AND_DELETE mode.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.MessageAt m : Sites.messagesOnQueues(facts)) {
            if (m.site().channel() == Channel.STORAGE_QUEUE && m.type().message().delivery() == Delivery.AT_MOST_ONCE) {
                findings.add(Findings.about(info(), Severity.ERROR, m.site(), m.payload(),
                        m.type().simpleName() + " must never be processed twice (@Message(delivery = AT_MOST_ONCE)) but goes "
                                + "to " + m.site().entityOrChannel() + ", which delivers at least once: a message whose "
                                + "visibility time-out expires is delivered again. Use a Service Bus queue received in "
                                + "RECEIVE_AND_DELETE mode, or make the receiver idempotent and drop the requirement.",
                        List.of(), false));
            }
        }
        for (ReceiveSite receive : facts.receives()) {
            if (receive.mode().orElse(null) == ReceiveSite.ReceiveMode.RECEIVE_AND_DELETE) {
                for (PayloadType type : atLeastOnceMessages(receive, facts)) {
                    findings.add(receiveFinding(receive, type));
                }
            }
        }
        return findings;
    }

    /** The messages the receiver handles: those it binds, else those sent to its entity. */
    private static List<PayloadType> atLeastOnceMessages(ReceiveSite receive, Facts facts) {
        Map<String, PayloadType> types = new LinkedHashMap<>();
        for (PayloadType bound : receive.boundTypes()) {
            types.put(bound.name(), bound);
        }
        if (types.isEmpty() && receive.entity().isPresent()) {
            for (SendSite send : facts.sends()) {
                if (send.channel().isServiceBus() && send.entity().equals(receive.entity())) {
                    for (Payload payload : send.payloads()) {
                        if (payload.type().isPresent()) {
                            types.putIfAbsent(payload.type().get().name(), payload.type().get());
                        }
                    }
                }
            }
        }
        List<PayloadType> messages = new ArrayList<>();
        for (PayloadType type : types.values()) {
            if (type.kind() == PayloadKind.MESSAGE && type.message().delivery() == Delivery.AT_LEAST_ONCE) {
                messages.add(type);
            }
        }
        return messages;
    }

    private Finding receiveFinding(ReceiveSite receive, PayloadType type) {
        String message = type.simpleName() + " must not be lost (a @Message is at-least-once unless it says otherwise) "
                + "but is received from " + receive.entityOrChannel() + " in RECEIVE_AND_DELETE mode, which removes it "
                + "before it is processed: a crash loses it. Receive in PEEK_LOCK mode (the default) and complete the "
                + "message after processing it.";
        return Findings.atReceive(info(), Severity.WARNING, receive, type, message);
    }
}
