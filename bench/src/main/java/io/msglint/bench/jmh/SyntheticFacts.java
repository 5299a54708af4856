package io.msglint.bench.jmh;

import io.msglint.annotations.EventKind;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Content;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Tiers;
import io.msglint.rules.model.TypeShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Linked facts for the rule benchmark: send sites over every channel, carrying messages and events. */
final class SyntheticFacts {

    private SyntheticFacts() {
    }

    static Facts of(int sends) {
        List<PayloadType> types = List.of(
                declared("Order", PayloadKind.MESSAGE, Optional.empty()),
                declared("SongPlayed", PayloadKind.EVENT, Optional.of(EventKind.SERIES)),
                declared("SongAvailable", PayloadKind.EVENT, Optional.of(EventKind.DISCRETE)));
        // Every service msglint judges (not UNKNOWN, which it only lists).
        Channel[] channels = {Channel.SERVICE_BUS_QUEUE, Channel.SERVICE_BUS_TOPIC, Channel.SERVICE_BUS,
                Channel.STORAGE_QUEUE, Channel.EVENT_GRID, Channel.EVENT_HUBS};
        List<SendSite> sites = new ArrayList<>();
        for (int i = 0; i < sends; i++) {
            PayloadType type = types.get(i / channels.length % types.size()); // every type on every channel
            List<Content> content = i % 7 == 0
                    ? List.of(new Content(Content.Strength.FILE_OR_STREAM, "Files.readAllBytes(...)")) : List.of();
            sites.add(new SendSite(new SourceLocation("com/example/Sender" + i / 10 + ".java", 10 + i % 10, 9),
                    channels[i % channels.length], Optional.of("entity-" + i % 13), "send",
                    List.of(new Payload(Optional.of(type), content)), SendTraits.PLAIN, Set.of()));
        }
        return new Facts(sites, List.of(), Tiers.DEFAULT);
    }

    private static PayloadType declared(String name, PayloadKind kind, Optional<EventKind> event) {
        String qualified = "com.example.payloads." + name;
        Optional<MessageTraits> message = kind == PayloadKind.MESSAGE ? Optional.of(MessageTraits.DEFAULTS) : Optional.empty();
        TypeShape shape = new TypeShape(qualified, List.of(new KindDeclaration(qualified, message, event)), List.of(), Set.of());
        return new PayloadType(shape, kind, KindSource.DECLARED, List.of("@" + kind + " on " + qualified),
                MessageTraits.DEFAULTS, event);
    }
}
