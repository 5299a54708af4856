package io.msglint.rules.catalog;

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

    /** A message payload at a send site. */
    public record MessageAt(SendSite site, Payload payload, PayloadType type) {
    }

    /**
     * Messages sent through a queue or topic (Service Bus or Storage): what the property rules
     * judge. Messages on Event Grid or Event Hubs are ML001's alone.
     */
    public static List<MessageAt> messagesOnQueues(Facts facts) {
        List<MessageAt> messages = new ArrayList<>();
        for (SendSite site : facts.sends()) {
            if (!site.channel().isEventChannel()) {
                for (Payload p : site.payloads()) {
                    if (p.kind() == PayloadKind.MESSAGE) {
                        messages.add(new MessageAt(site, p, p.type().orElseThrow()));
                    }
                }
            }
        }
        return messages;
    }
}
