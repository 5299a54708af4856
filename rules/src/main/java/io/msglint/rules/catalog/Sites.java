package io.msglint.rules.catalog;

import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.SendSite;
import java.util.ArrayList;
import java.util.List;

/** Common walks over the facts. */
public final class Sites {

    private Sites() {
    }

    /** A payload at a send site. */
    public record PayloadAt(SendSite site, Payload payload) {
    }

    /** A message payload at a send site. */
    public record MessageAt(SendSite site, Payload payload, PayloadType type) {
    }

    /**
     * Every payload of every send site whose service is known, in the sites' order: what the
     * payload rules walk.
     */
    public static List<PayloadAt> payloadsSent(Facts facts) {
        List<PayloadAt> payloads = new ArrayList<>();
        for (SendSite site : facts.sends()) {
            if (site.channel() == Channel.UNKNOWN) {
                continue;
            }
            for (Payload payload : site.payloads()) {
                payloads.add(new PayloadAt(site, payload));
            }
        }
        return payloads;
    }

    /**
     * Messages sent through a queue or topic (Service Bus or Storage): what the property rules
     * judge. Messages on Event Grid or Event Hubs are ML001's alone.
     */
    public static List<MessageAt> messagesOnQueues(Facts facts) {
        List<MessageAt> messages = new ArrayList<>();
        for (PayloadAt at : payloadsSent(facts)) {
            if (at.site().channel().isBroker() && at.payload().kind() == PayloadKind.MESSAGE) {
                messages.add(new MessageAt(at.site(), at.payload(), at.payload().type().orElseThrow()));
            }
        }
        return messages;
    }
}
