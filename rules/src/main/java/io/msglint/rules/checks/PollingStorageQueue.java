package io.msglint.rules.checks;

import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ML011: a hand-written loop polls a Storage queue and sleeps between polls. Storage queues
 * return at once when empty; Service Bus pushes messages to a processor (module criterion Q4).
 * Functions queue triggers poll for you and are never reported.
 */
public final class PollingStorageQueue implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML011", "polling-storage-queue", Severity.INFO,
            "A hand-written loop receives from a Storage queue and sleeps, where push delivery (a Service Bus processor) fits.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (ReceiveSite r : facts.receives()) {
            if (r.channel() == Channel.STORAGE_QUEUE && r.polling() && !r.trigger()) {
                findings.add(new Finding(info().id(), info().defaultSeverity(), r.location(),
                        "This loop polls " + r.entityOrChannel() + " and sleeps between receives: messages wait for the "
                                + "next poll and empty polls cost transactions. If you want messages pushed to you, use a "
                                + "Service Bus queue with a ServiceBusProcessorClient, or an Azure Functions queue trigger.",
                        Optional.empty(), Optional.empty(), List.of(r.api() + " in a loop with a sleep"), r.channel(),
                        r.entity(), false));
            }
        }
        return findings;
    }
}
