package io.msglint.rules.checks;

import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Severity;

/**
 * ML006: a transactional message goes where it cannot join a transaction. Storage queues have
 * no transactions; Service Bus has them, but only when the send passes a transaction context
 * (module criterion Q3).
 */
public final class TransactionUnsupported extends ServiceBusFeatureRule {

    private static final RuleInfo INFO = new RuleInfo("ML006", "transaction-unsupported", Severity.ERROR,
            "A transactional MESSAGE goes through a Storage queue, or through Service Bus outside a transaction.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    boolean requires(MessageTraits message) {
        return message.transactional();
    }

    @Override
    boolean turnsOn(SendTraits send) {
        return send.transaction();
    }

    @Override
    String feature() {
        return "transactions";
    }

    @Override
    String onStorageQueue(Sites.MessageAt m) {
        return m.type().simpleName() + " must be sent atomically with others (@Message(transactional = true)) "
                + "but goes to " + m.site().entityOrChannel() + ", which has no transactions. Use a "
                + "Service Bus queue and send inside a transaction (createTransaction(), "
                + "sendMessage(message, transaction), commitTransaction(...)).";
    }

    @Override
    String withoutIt(Sites.MessageAt m, String basic) {
        return m.type().simpleName() + " must be sent atomically with others (@Message(transactional = true)) "
                + "but is sent to " + m.site().entityOrChannel() + " without a transaction context. Pass "
                + "the ServiceBusTransactionContext from createTransaction() to the send and commit it." + basic;
    }
}
