package io.msglint.rules.catalog;

import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.SendSite;
import java.util.stream.Stream;

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
    public static Stream<MessageAt> messagesOnQueues(Facts facts) {
        return facts.sends().stream()
                .filter(site -> !site.channel().isEventChannel())
                .flatMap(site -> site.payloads().stream()
                        .filter(p -> p.kind() == PayloadKind.MESSAGE)
                        .map(p -> new MessageAt(site, p, p.type().orElseThrow())));
    }
}
