package io.msglint.rules.checks;

import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Severity;

/**
 * ML014: a message the broker must de-duplicate goes where no broker can: Storage queues have
 * no duplicate detection; Service Bus detects duplicates by message id, so the sender must set
 * one (Microsoft Learn, "Duplicate detection").
 */
public final class DuplicateDetectionUnsupported extends ServiceBusFeatureRule {

    private static final RuleInfo INFO = new RuleInfo("ML014", "duplicate-detection-unsupported", Severity.ERROR,
            "A deduplicate MESSAGE goes through a Storage queue, or through Service Bus without a message id.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    boolean requires(MessageTraits message) {
        return message.deduplicate();
    }

    @Override
    boolean turnsOn(SendTraits send) {
        return send.messageId();
    }

    @Override
    String feature() {
        return "duplicate detection";
    }

    @Override
    String onStorageQueue(Sites.MessageAt m) {
        return m.type().simpleName() + " must not be delivered twice when re-sent "
                + "(@Message(deduplicate = true)) but goes to " + m.site().entityOrChannel()
                + ", which has no duplicate detection. Use a Service Bus queue with duplicate "
                + "detection enabled and set a message id derived from the content.";
    }

    @Override
    String withoutIt(Sites.MessageAt m, String basic) {
        return m.type().simpleName() + " must not be delivered twice when re-sent (@Message(deduplicate = true)) "
                + "but is sent to " + m.site().entityOrChannel() + " without a message id; Service Bus "
                + "detects duplicates by message id. Call setMessageId(...) with an id derived from the "
                + "content and enable duplicate detection on the entity." + basic;
    }
}
