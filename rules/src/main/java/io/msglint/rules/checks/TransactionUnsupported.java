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
 * ML006: a transactional message goes where it cannot join a transaction. Storage queues have
 * no transactions; Service Bus has them, but only when the send passes a transaction context
 * (module criterion Q3).
 */
public final class TransactionUnsupported implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML006", "transaction-unsupported", Severity.ERROR,
            "A transactional MESSAGE goes through a Storage queue, or through Service Bus outside a transaction.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.MessageAt m : Sites.messagesOnQueues(facts)) {
            if (!m.type().message().transactional()) {
                continue;
            }
            if (m.site().channel() == Channel.STORAGE_QUEUE) {
                findings.add(Findings.about(info(), Severity.ERROR, m.site(), m.payload(),
                        m.type().simpleName() + " must be sent atomically with others (@Message(transactional = true)) "
                                + "but goes to " + m.site().entityOrChannel() + ", which has no transactions. Use a "
                                + "Service Bus queue and send inside a transaction (createTransaction(), "
                                + "sendMessage(message, transaction), commitTransaction(...)).", List.of(), false));
            } else if (!m.site().traits().transaction()) {
                String basic = ServiceLimits.basicTierLacks(facts.tiers(), "transactions");
                findings.add(Findings.about(info(), Severity.WARNING, m.site(), m.payload(),
                        m.type().simpleName() + " must be sent atomically with others (@Message(transactional = true)) "
                                + "but is sent to " + m.site().entityOrChannel() + " without a transaction context. Pass "
                                + "the ServiceBusTransactionContext from createTransaction() to the send and commit it." + basic,
                        List.of(), false));
            }
        }
        return findings;
    }
}
