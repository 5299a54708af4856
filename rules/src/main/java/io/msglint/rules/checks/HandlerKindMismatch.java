package io.msglint.rules.checks;

import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.model.Blocker;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ML012: the receiving side disagrees with its channel: an Event Grid or Event Hubs handler
 * binds a message (nobody guarantees it arrives), or a queue handler binds a declared event
 * (only one receiver gets it). Event Grid delivering into a queue ({@code EventGridEvent},
 * {@code CloudEvent} on a queue) is a documented handler and fine. Held back while the send of
 * the same type is visible and reported by ML001 or ML003.
 */
public final class HandlerKindMismatch implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML012", "handler-kind-mismatch", Severity.ERROR,
            "A receiver disagrees with its channel: an Event Grid / Event Hubs handler binds a MESSAGE, or a queue handler a declared EVENT.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (ReceiveSite receive : facts.receives()) {
            for (PayloadType type : receive.boundTypes()) {
                Optional<Finding> finding = finding(facts, receive, type);
                if (finding.isPresent()) {
                    findings.add(finding.get());
                }
            }
        }
        return findings;
    }

    private Optional<Finding> finding(Facts facts, ReceiveSite receive, PayloadType type) {
        if (receive.channel().isEventChannel() && type.kind() == PayloadKind.MESSAGE) {
            return Optional.of(Findings.atReceive(info(), info().defaultSeverity(), receive, type,
                    "This " + receive.api() + " handler receives " + type.simpleName() + ", a message ("
                            + Findings.kindPhrase(type) + "), from " + receive.entityOrChannel() + ", which delivers "
                            + "events to whoever subscribes and guarantees nobody processes them. Receive it from a "
                            + "Service Bus queue or topic, and send it there.").heldBackBy(sends(facts, type, true)));
        }
        boolean queue = receive.channel() == Channel.STORAGE_QUEUE || receive.channel() == Channel.SERVICE_BUS_QUEUE;
        if (queue && type.kind() == PayloadKind.EVENT && type.source() == KindSource.DECLARED
                && !ReceiveCatalog.isEventEnvelope(type.name())) {
            return Optional.of(Findings.atReceive(info(), info().defaultSeverity(), receive, type,
                    "This " + receive.api() + " handler receives " + type.simpleName() + ", an event (@Event), from "
                            + receive.entityOrChannel() + ", where competing consumers take each message once: no other "
                            + "party hears of it. Subscribe to the event through Event Grid (or a Service Bus topic).")
                    .heldBackBy(sends(facts, type, false)));
        }
        return Optional.empty();
    }

    /**
     * The visible sends of the type whose ML001 (message on an event channel) or ML003 (event on
     * a queue) already says what this finding would: while one of those is reported, this one is
     * held back; where the code suppresses it, or a baseline accepts it, this one stands.
     */
    private static List<Blocker> sends(Facts facts, PayloadType type, boolean message) {
        String reportedAs = message ? "ML001" : "ML003";
        List<Blocker> blockers = new ArrayList<>();
        for (SendSite send : facts.sends()) {
            boolean reported = message ? send.channel().isEventChannel() : send.channel().isQueue();
            for (Payload p : send.payloads()) {
                if (reported && p.type().isPresent() && p.type().get().name().equals(type.name())) {
                    blockers.add(new Blocker(reportedAs, send.location(), type.name()));
                }
            }
        }
        return blockers;
    }
}
