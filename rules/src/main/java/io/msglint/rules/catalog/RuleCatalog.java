package io.msglint.rules.catalog;

import io.msglint.rules.checks.ContentInEvent;
import io.msglint.rules.checks.DeliveryGuaranteeMismatch;
import io.msglint.rules.checks.DiscreteEventOnEventHubs;
import io.msglint.rules.checks.DuplicateDetectionUnsupported;
import io.msglint.rules.checks.EventOnQueue;
import io.msglint.rules.checks.FanOutOnQueue;
import io.msglint.rules.checks.HandlerKindMismatch;
import io.msglint.rules.checks.MessageOnEventChannel;
import io.msglint.rules.checks.OrderingWithoutFifo;
import io.msglint.rules.checks.PayloadTooLarge;
import io.msglint.rules.checks.PollingStorageQueue;
import io.msglint.rules.checks.SeriesWithoutPartitionKey;
import io.msglint.rules.checks.StreamOnEventGrid;
import io.msglint.rules.checks.TransactionUnsupported;
import io.msglint.rules.checks.UncheckedSend;
import io.msglint.rules.checks.UnclassifiedPayload;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule msglint runs, in id order. New rules are added here. */
public final class RuleCatalog {

    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
    }

    public static RuleCatalog standard() {
        return new RuleCatalog(List.of(
                new MessageOnEventChannel(),
                new ContentInEvent(),
                new EventOnQueue(),
                new FanOutOnQueue(),
                new OrderingWithoutFifo(),
                new TransactionUnsupported(),
                new DeliveryGuaranteeMismatch(),
                new PayloadTooLarge(),
                new StreamOnEventGrid(),
                new DiscreteEventOnEventHubs(),
                new PollingStorageQueue(),
                new HandlerKindMismatch(),
                new UnclassifiedPayload(),
                new DuplicateDetectionUnsupported(),
                new UncheckedSend(),
                new SeriesWithoutPartitionKey()));
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<RuleInfo> infos() {
        return rules.stream().map(Rule::info).toList();
    }

    public Optional<RuleInfo> info(String id) {
        return infos().stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }
}
