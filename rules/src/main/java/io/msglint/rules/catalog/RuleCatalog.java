package io.msglint.rules.catalog;

import io.msglint.rules.checks.ContentInEvent;
import io.msglint.rules.checks.EventOnQueue;
import io.msglint.rules.checks.MessageOnEventChannel;
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
                new UnclassifiedPayload()));
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
