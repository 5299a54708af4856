package io.msglint.rules.checks;

import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Severity;

/**
 * ML005: an ordered message goes where order is not kept. Storage queues promise no order
 * (a visibility time-out expiring reorders messages); Service Bus keeps FIFO only within a
 * session, so the message needs a session id (Microsoft Learn, "Message sessions").
 */
public final class OrderingWithoutFifo extends ServiceBusFeatureRule {

    private static final RuleInfo INFO = new RuleInfo("ML005", "ordering-without-fifo", Severity.ERROR,
            "An ordered MESSAGE goes through a Storage queue, or through Service Bus without a session id.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    boolean requires(MessageTraits message) {
        return message.ordered();
    }

    @Override
    boolean turnsOn(SendTraits send) {
        return send.sessionId();
    }

    @Override
    String feature() {
        return "sessions";
    }

    @Override
    String onStorageQueue(Sites.MessageAt m) {
        return m.type().simpleName() + " must be processed in order (@Message(ordered = true)) but is sent to "
                + m.site().entityOrChannel() + ", which does not guarantee order (an expired "
                + "visibility time-out puts a message back behind later ones). Use a Service Bus queue "
                + "with sessions and set a session id per ordered sequence.";
    }

    @Override
    String withoutIt(Sites.MessageAt m, String basic) {
        return m.type().simpleName() + " must be processed in order (@Message(ordered = true)) but is sent to "
                + m.site().entityOrChannel() + " without a session id; Service Bus keeps FIFO order only "
                + "within a session. Call setSessionId(...) with the key of each ordered sequence, enable "
                + "sessions on the entity and receive with a session receiver or processor." + basic;
    }
}
