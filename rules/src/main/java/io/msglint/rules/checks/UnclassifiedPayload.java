package io.msglint.rules.checks;

import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ML013: a domain type crosses an Azure messaging service and nothing says whether it is a
 * message or an event, so msglint cannot check that the channel fits. Raw strings and bytes
 * are not reported: there is no type to annotate.
 */
public final class UnclassifiedPayload implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML013", "unclassified-payload", Severity.INFO,
            "A payload type crosses an Azure messaging service and its kind is neither declared, configured nor inferable.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.PayloadAt at : Sites.payloadsSent(facts)) {
            if (at.payload().type().isPresent() && at.payload().kind() == PayloadKind.UNCLASSIFIED) {
                findings.add(finding(at.site(), at.payload()));
            }
        }
        return findings;
    }

    private Finding finding(SendSite site, Payload payload) {
        String name = payload.type().orElseThrow().name();
        Optional<String> unreadable = payload.type().orElseThrow().shape().unreadable();
        if (unreadable.isPresent()) {
            // Not a quiet INFO: whatever the type declares, msglint could not see it, and a gate
            // that passed here would pass blind.
            String message = payload.displayName() + " is sent through " + site.entityOrChannel() + " but msglint "
                    + "could not read " + name + " (" + unreadable.get() + "), so it cannot tell whether it is "
                    + "a message or an event, nor check the channel. Simplify the type's source, or map it in the "
                    + "msglint configuration.";
            return Findings.about(info(), Severity.WARNING, site, payload, message,
                    List.of(name + " could not be read: " + unreadable.get()), false);
        }
        PayloadType type = payload.type().orElseThrow();
        if (type.source() == KindSource.INFERRED && type.clues().size() >= 2) {
            // Equally strong clues that disagree: say both, judge neither.
            String message = payload.displayName() + " is sent through " + site.entityOrChannel() + " but the code "
                    + "disagrees about what it is: " + type.clues().get(0).text() + " says message, and "
                    + type.clues().get(1).text() + " says event. msglint judges neither; annotate " + name
                    + " with @Message or @Event, or map it in the msglint configuration, so msglint can check the "
                    + "channel.";
            return Findings.about(info(), info().defaultSeverity(), site, payload, message, List.of(), true);
        }
        String message = payload.displayName() + " is sent through " + site.entityOrChannel() + " but nothing says "
                + "whether it is a message (the sender expects it processed) or an event (a notification); "
                + "annotate " + name + " with @Message or @Event, or map it in the msglint configuration, so "
                + "msglint can check the channel.";
        return Findings.about(info(), info().defaultSeverity(), site, payload, message, List.of(), false);
    }
}
