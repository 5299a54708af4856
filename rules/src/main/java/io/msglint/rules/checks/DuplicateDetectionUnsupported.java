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
 * ML014: a message the broker must de-duplicate goes where no broker can: Storage queues have
 * no duplicate detection; Service Bus detects duplicates by message id, so the sender must set
 * one (criteria.md §7, §9).
 */
public final class DuplicateDetectionUnsupported implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML014", "duplicate-detection-unsupported", Severity.ERROR,
            "A deduplicate MESSAGE goes through a Storage queue, or through Service Bus without a message id.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.MessageAt m : Sites.messagesOnQueues(facts)) {
            if (!m.type().message().deduplicate()) {
                continue;
            }
            if (m.site().channel() == Channel.STORAGE_QUEUE) {
                findings.add(Findings.about(info(), Severity.ERROR, m.site(), m.payload(),
                        m.type().simpleName() + " must not be delivered twice when re-sent "
                                + "(@Message(deduplicate = true)) but goes to " + m.site().entityOrChannel()
                                + ", which has no duplicate detection. Use a Service Bus queue with duplicate "
                                + "detection enabled and set a message id derived from the content.", List.of(), false));
            } else if (!m.site().traits().messageId()) {
                String basic = ServiceLimits.basicTierLacks(facts.tiers(), "duplicate detection");
                findings.add(Findings.about(info(), Severity.WARNING, m.site(), m.payload(),
                        m.type().simpleName() + " must not be delivered twice when re-sent (@Message(deduplicate = true)) "
                                + "but is sent to " + m.site().entityOrChannel() + " without a message id; Service Bus "
                                + "detects duplicates by message id. Call setMessageId(...) with an id derived from the "
                                + "content and enable duplicate detection on the entity." + basic, List.of(), false));
            }
        }
        return findings;
    }
}
