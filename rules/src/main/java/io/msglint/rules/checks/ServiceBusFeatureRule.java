package io.msglint.rules.checks;

import io.msglint.rules.azure.ServiceLimits;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The judgement ML005, ML006 and ML014 share: a message needs a feature Storage queues lack and
 * Service Bus gives only when the send asks for it (a session id, a transaction, a message id).
 * On a Storage queue that is an ERROR; on Service Bus without what turns the feature on, a
 * WARNING that names the Basic tier when the configured tier lacks the feature altogether.
 */
abstract class ServiceBusFeatureRule implements Rule {

    /** Whether the message declares that it needs the feature. */
    abstract boolean requires(MessageTraits message);

    /** Whether the send turns the feature on. */
    abstract boolean turnsOn(SendTraits send);

    /** The feature as the Basic tier lacks it: "sessions". */
    abstract String feature();

    /** The finding's message where the message goes to a Storage queue. */
    abstract String onStorageQueue(Sites.MessageAt m);

    /** The finding's message where a Service Bus send does not turn the feature on ({@code basic}: the tier's sentence, or ""). */
    abstract String withoutIt(Sites.MessageAt m, String basic);

    @Override
    public final List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.MessageAt m : Sites.messagesOnQueues(facts)) {
            if (!requires(m.type().message())) {
                continue;
            }
            if (m.site().channel() == Channel.STORAGE_QUEUE) {
                findings.add(Findings.about(info(), Severity.ERROR, m.site(), m.payload(), onStorageQueue(m),
                        List.of(), false));
            } else if (!turnsOn(m.site().traits())) {
                String basic = ServiceLimits.basicTierLacks(facts.tiers(), feature());
                findings.add(Findings.about(info(), Severity.WARNING, m.site(), m.payload(), withoutIt(m, basic),
                        List.of(), false));
            }
        }
        return findings;
    }
}
