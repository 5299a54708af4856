package io.msglint.rules.checks;

import io.msglint.rules.azure.ServiceLimits;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ML005: an ordered message goes where order is not kept. Storage queues promise no order
 * (a visibility time-out expiring reorders messages); Service Bus keeps FIFO only within a
 * session, so the message needs a session id (criteria.md §7, §9: the module's plain "FIFO
 * guarantee" is qualified by the docs).
 */
public final class OrderingWithoutFifo implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML005", "ordering-without-fifo", Severity.ERROR,
            "An ordered MESSAGE goes through a Storage queue, or through Service Bus without a session id.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.MessageAt m : Sites.messagesOnQueues(facts)) {
            if (!m.type().message().ordered()) {
                continue;
            }
            if (m.site().channel() == Channel.STORAGE_QUEUE) {
                findings.add(Findings.about(info(), Severity.ERROR, m.site(), m.payload(),
                        m.type().simpleName() + " must be processed in order (@Message(ordered = true)) but is sent to "
                                + m.site().entityOrChannel() + ", which does not guarantee order (an expired "
                                + "visibility time-out puts a message back behind later ones). Use a Service Bus queue "
                                + "with sessions and set a session id per ordered sequence.", List.of(), false));
            } else if (!m.site().traits().sessionId()) {
                String basic = ServiceLimits.basicTierLacks(facts.tiers(), "sessions");
                findings.add(Findings.about(info(), Severity.WARNING, m.site(), m.payload(),
                        m.type().simpleName() + " must be processed in order (@Message(ordered = true)) but is sent to "
                                + m.site().entityOrChannel() + " without a session id; Service Bus keeps FIFO order only "
                                + "within a session. Call setSessionId(...) with the key of each ordered sequence, enable "
                                + "sessions on the entity and receive with a session receiver or processor." + basic,
                        List.of(), false));
            }
        }
        return findings;
    }
}
