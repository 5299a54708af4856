package io.msglint.rules.checks;

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
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ML001: a message, which the sender expects to be processed, goes through Event Grid or Event
 * Hubs, which deliver to whoever happens to subscribe (possibly nobody) and expect nothing back.
 */
public final class MessageOnEventChannel implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML001", "message-on-event-channel", Severity.ERROR,
            "A MESSAGE (the sender expects it processed) is published through Event Grid or Event Hubs.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.PayloadAt at : Sites.payloadsSent(facts)) {
            if (at.site().channel().isEventChannel() && at.payload().kind() == PayloadKind.MESSAGE) {
                findings.add(finding(at.site(), at.payload()));
            }
        }
        return findings;
    }

    private Finding finding(SendSite site, Payload payload) {
        PayloadType type = payload.type().orElseThrow();
        String why = site.channel() == Channel.EVENT_GRID
                ? "Event Grid drops an event nobody subscribes to and never checks that anyone processed it"
                : "Event Hubs only retains events for whoever reads the stream; nobody is bound to process them";
        String message = type.simpleName() + " is a message (" + Findings.kindPhrase(type) + ": the sender expects "
                + "it processed) but is published through " + site.entityOrChannel() + "; " + why
                + ". Send it through a Service Bus queue, or a Service Bus topic if several receivers must each "
                + "process it.";
        return Findings.about(info(), info().defaultSeverity(), site, payload, message, List.of(), type.isInferred());
    }
}
