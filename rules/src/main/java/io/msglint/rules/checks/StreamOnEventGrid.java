package io.msglint.rules.checks;

import io.msglint.annotations.EventKind;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ML009: a stream of events goes through Event Grid, which delivers discrete events one at a
 * time and is no fit for a large stream (module unit 4 summary). A SERIES event, or a publish
 * from an unbounded or scheduled loop; a bounded loop over recipients is not a stream.
 */
public final class StreamOnEventGrid implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML009", "stream-on-event-grid", Severity.WARNING,
            "A SERIES event, or events from an unbounded or scheduled loop (telemetry), are published through Event Grid.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (SendSite site : facts.sends()) {
            if (site.channel() == Channel.EVENT_GRID && !site.carries(PayloadKind.MESSAGE)) {
                Optional<Finding> finding = finding(site);
                if (finding.isPresent()) {
                    findings.add(finding.get());
                }
            }
        }
        return findings;
    }

    private Optional<Finding> finding(SendSite site) {
        for (Payload series : site.payloads()) {
            if (series.eventKind().orElse(null) != EventKind.SERIES) {
                continue;
            }
            return Optional.of(Findings.about(info(), info().defaultSeverity(), site, series,
                    series.displayName() + " belongs to a series of related events ("
                            + Findings.seriesPhrase(series.type().orElseThrow()) + ") but is published through Event "
                            + "Grid, which delivers discrete events one at a time. Stream it through Event Hubs.",
                    List.of(), series.type().orElseThrow().isInferred()));
        }
        SendTraits.Loop loop = site.traits().loop();
        if (loop == SendTraits.Loop.UNBOUNDED || loop == SendTraits.Loop.SCHEDULED) {
            String where = loop == SendTraits.Loop.SCHEDULED ? "a scheduled task" : "an unbounded loop";
            return Optional.of(Findings.atSend(info(), info().defaultSeverity(), site,
                    "Events are published to Event Grid from " + where + ", which makes them a stream (telemetry); "
                            + "Event Grid delivers discrete events one at a time. Stream them through Event Hubs.",
                    List.of("send inside " + where), true));
        }
        return Optional.empty();
    }
}
