package io.msglint.rules.checks;

import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Content;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ML002: an event carries the data itself instead of a reference to it. Events are lightweight
 * notifications; the changed object stays where it is and the event names it (an id, a URL).
 * Messages are left to ML001, which asks to move them off the event channel first.
 */
public final class ContentInEvent implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML002", "content-in-event", Severity.ERROR,
            "An event published through Event Grid (or Event Hubs) carries the data itself, not a reference to it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.PayloadAt at : Sites.payloadsSent(facts)) {
            if (at.site().channel().isEventChannel() && at.payload().kind() != PayloadKind.MESSAGE) {
                Optional<Finding> finding = finding(at.site(), at.payload());
                if (finding.isPresent()) {
                    findings.add(finding.get());
                }
            }
        }
        return findings;
    }

    private Optional<Finding> finding(SendSite site, Payload payload) {
        Optional<Content> content = payload.strongestContent();
        if (content.isEmpty()) {
            return Optional.empty();
        }
        boolean proven = content.get().isProven();
        if (site.channel() == Channel.EVENT_HUBS && !proven) {
            return Optional.empty();
        }
        Severity severity = site.channel() == Channel.EVENT_GRID && proven ? Severity.ERROR : Severity.WARNING;
        String what = proven ? "the content of a file or stream" : "raw data";
        String message = Findings.capitalized(payload.displayName()) + " carries " + what + " (" + content.get().evidence() + ") in an "
                + "event published through " + site.entityOrChannel() + "; an event should announce what happened and "
                + "reference the data" + (site.channel() == Channel.EVENT_GRID ? " (Event Grid caps an event at 1 MB)" : "")
                + ". Store the content (e.g. in Blob storage) and publish its URL or id instead.";
        return Optional.of(Findings.about(info(), severity, site, payload, message,
                List.of(content.get().evidence()), !proven));
    }
}
