package io.msglint.rules.checks;

import io.msglint.annotations.EventKind;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ML016: events of a series go to Event Hubs without a partition key or id, so they spread
 * over partitions and lose their order: Event Hubs keeps order only within a partition.
 */
public final class SeriesWithoutPartitionKey implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML016", "series-without-partition-key", Severity.INFO,
            "A SERIES event goes to Event Hubs without a partition key or partition id, so related events lose their order.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.PayloadAt at : Sites.payloadsSent(facts)) {
            SendSite site = at.site();
            if (site.channel() == Channel.EVENT_HUBS && !site.traits().partitioned()
                    && at.payload().eventKind().orElse(null) == EventKind.SERIES) {
                findings.add(Findings.about(info(), info().defaultSeverity(), site, at.payload(),
                        at.payload().displayName() + " is part of a series (" + series(at) + ") but goes to "
                                + site.entityOrChannel() + " without a partition key, so related events land in "
                                + "different partitions and lose their order. Set a partition key (CreateBatchOptions "
                                + "or SendOptions.setPartitionKey) per related sequence, such as the device or song id.",
                        List.of(), at.payload().type().orElseThrow().isInferred()));
            }
        }
        return findings;
    }

    private static String series(Sites.PayloadAt at) {
        return Findings.seriesPhrase(at.payload().type().orElseThrow());
    }
}
