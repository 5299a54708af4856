package io.msglint.rules.checks;

import io.msglint.annotations.EventKind;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ML010: a discrete event receivers react to one by one goes through Event Hubs, built for
 * streams read as a whole; Event Grid pushes each event to its subscribers (module units 4-5).
 * Only declared events: a declared kind is what tells discrete from series.
 */
public final class DiscreteEventOnEventHubs implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML010", "discrete-event-on-event-hubs", Severity.INFO,
            "A DISCRETE event that receivers react to one by one goes through Event Hubs.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.PayloadAt at : Sites.payloadsSent(facts)) {
            Payload p = at.payload();
            if (at.site().channel() == Channel.EVENT_HUBS && p.type().isPresent()
                    && p.type().get().source() == KindSource.DECLARED && p.eventKind().orElse(null) == EventKind.DISCRETE) {
                findings.add(Findings.about(info(), info().defaultSeverity(), at.site(), p,
                        p.displayName() + " is a discrete event (@Event) that receivers react to one by one, but "
                                + "goes through Event Hubs, which is built for streams read in order and in bulk. "
                                + "Publish it through Event Grid, which pushes each event to its subscribers; or "
                                + "declare @Event(kind = SERIES) if it is part of a stream.", List.of(), false));
            }
        }
        return findings;
    }
}
