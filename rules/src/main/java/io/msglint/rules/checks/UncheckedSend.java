package io.msglint.rules.checks;

import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ML015: a send whose failure nobody hears of: the module's scenario of messages silently
 * dropped. An async send never subscribed (nothing is sent at all), subscribed without an error
 * consumer, or a sync send in a try whose catch ignores the exception. A returned or composed
 * {@code Mono}, {@code block()} and {@code subscribe(ok, error)} are fine.
 */
public final class UncheckedSend implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML015", "unchecked-send", Severity.WARNING,
            "A send whose failure is silently dropped: an async send never subscribed or without an error consumer, or a swallowed exception.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (SendSite site : facts.sends()) {
            if (site.channel() == Channel.UNKNOWN) {
                continue; // maybe no send at all
            }
            String what = switch (site.traits().handling()) {
                case NEVER_SUBSCRIBED -> "returns a Mono that nobody subscribes to, so nothing is sent at all. "
                        + "Return or compose the Mono, block() on it, or subscribe with an error consumer.";
                case NO_ERROR_HANDLER -> "is subscribed without an error consumer, so a failed send is dropped "
                        + "silently. Pass an error consumer to subscribe(...), or return the Mono to the caller.";
                case SWALLOWED -> "sits in a try whose catch ignores the exception, so a failed send is dropped "
                        + "silently. Log it and rethrow, retry, or let it propagate.";
                case CHECKED -> null;
            };
            if (what != null) {
                findings.add(Findings.atSend(info(), info().defaultSeverity(), site,
                        "The send to " + site.entityOrChannel() + " (" + site.api() + ") " + what,
                        List.of(site.traits().handling().name().toLowerCase(Locale.ROOT).replace('_', ' ')), false));
            }
        }
        return findings;
    }
}
