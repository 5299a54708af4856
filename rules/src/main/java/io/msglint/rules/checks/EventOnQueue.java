package io.msglint.rules.checks;

import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ML003: a fire-and-forget notification is parked in a queue, where exactly one competing
 * consumer takes it and nobody else ever hears of it. Topics (several subscriptions) are fine;
 * a Service Bus sender whose entity is unknown is not reported.
 */
public final class EventOnQueue implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML003", "event-on-queue", Severity.WARNING,
            "An EVENT (a notification; the sender expects nothing) is sent to a Storage queue or a Service Bus queue.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.PayloadAt at : Sites.payloadsSent(facts)) {
            if (at.site().channel().isQueue() && at.payload().kind() == PayloadKind.EVENT) {
                findings.add(finding(at.site(), at.payload()));
            }
        }
        return findings;
    }

    private Finding finding(SendSite site, Payload payload) {
        PayloadType type = payload.type().orElseThrow();
        // A name alone is a weak guess; what the code at both ends does is evidence worth a warning.
        Severity severity = type.isInferredFromName() ? Severity.INFO : info().defaultSeverity();
        String message = type.simpleName() + " is an event (" + Findings.kindPhrase(type) + ": a notification "
                + "whose sender expects nothing) but is sent to " + site.entityOrChannel() + ", where exactly one "
                + "receiver takes it and no other party can subscribe. Publish it through Event Grid (or a Service "
                + "Bus topic if it must be kept until each subscriber has read it).";
        return Findings.about(info(), severity, site, payload, message, List.of(), type.isInferred());
    }
}
