package io.msglint.rules.checks;

import io.msglint.annotations.EventKind;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleDefinition;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.util.List;
import java.util.stream.Stream;

/**
 * ML016: events of a series go to Event Hubs without a partition key or id, so they spread
 * over partitions and lose their order: Event Hubs keeps order only within a partition.
 */
@RuleDefinition(id = "ML016", name = "series-without-partition-key", severity = Severity.INFO,
        summary = "A SERIES event goes to Event Hubs without a partition key or partition id, so related events lose their order.")
public final class SeriesWithoutPartitionKey implements Rule {

    @Override
    public Stream<Finding> check(Facts facts) {
        return facts.sends().stream()
                .filter(site -> site.channel() == Channel.EVENT_HUBS && !site.traits().partitioned())
                .flatMap(site -> site.payloads().stream()
                        .filter(p -> p.type().flatMap(t -> t.event()).orElse(null) == EventKind.SERIES)
                        .map(p -> Findings.about(info(), info().defaultSeverity(), site, p,
                                p.displayName() + " is part of a series (@Event(kind = SERIES)) but goes to "
                                        + site.entityOrChannel() + " without a partition key, so related events land in "
                                        + "different partitions and lose their order. Set a partition key (CreateBatchOptions "
                                        + "or SendOptions.setPartitionKey) per related sequence, such as the device or song id.",
                                List.of(), false)));
    }
}
