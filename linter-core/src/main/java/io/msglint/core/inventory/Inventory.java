package io.msglint.core.inventory;

import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sites of a scan, from its linked facts: one per payload type a send carries or a receiver
 * binds, and one without a payload where the code shows none (a site msglint could not complete
 * is still listed). Sorted as the contract says.
 */
public final class Inventory {

    private Inventory() {
    }

    public static List<Site> of(List<SendSite> sends, List<ReceiveSite> receives) {
        Set<SourceLocation> onPaths = new HashSet<>();
        for (SendSite send : sends) {
            onPaths.addAll(send.path());
        }
        List<Site> sites = new ArrayList<>();
        for (SendSite send : sends) {
            if (send.payloads().isEmpty() && onPaths.contains(send.location())) {
                continue; // a sending method's own SDK call: listed as the end of its callers' paths
            }
            boolean typed = false;
            for (Payload payload : send.payloads()) {
                if (payload.type().isPresent()) {
                    sites.add(send(send, Optional.of(payload.type().get())));
                    typed = true;
                }
            }
            if (!typed) {
                sites.add(send(send, Optional.empty()));
            }
        }
        for (ReceiveSite receive : receives) {
            for (PayloadType type : receive.boundTypes()) {
                sites.add(receive(receive, Optional.of(type)));
            }
            if (receive.boundTypes().isEmpty()) {
                sites.add(receive(receive, Optional.empty()));
            }
        }
        sites.sort(Site.ORDER);
        return sites;
    }

    private static Site send(SendSite send, Optional<PayloadType> type) {
        return new Site(Site.Direction.SEND, send.location(), send.channel(), send.entity(), send.api(),
                type.map(PayloadType::name), kind(type), source(type), send.via(), send.path(), evidence(type));
    }

    private static Site receive(ReceiveSite receive, Optional<PayloadType> type) {
        return new Site(Site.Direction.RECEIVE, receive.location(), receive.channel(), receive.entity(), receive.api(),
                type.map(PayloadType::name), kind(type), source(type), receive.via(), List.of(), evidence(type));
    }

    private static PayloadKind kind(Optional<PayloadType> type) {
        return type.isPresent() ? type.get().kind() : PayloadKind.UNCLASSIFIED;
    }

    private static List<String> evidence(Optional<PayloadType> type) {
        return type.isPresent() ? type.get().evidence() : List.of();
    }

    private static KindSource source(Optional<PayloadType> type) {
        return type.isPresent() ? type.get().source() : KindSource.NONE;
    }
}
