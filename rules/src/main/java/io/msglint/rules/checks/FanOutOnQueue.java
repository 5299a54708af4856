package io.msglint.rules.checks;

import io.msglint.annotations.Receivers;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.Sites;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * ML004: a message that several receivers must each process goes to a queue, where competing
 * consumers share the messages and each one reaches only one receiver (module criterion T1).
 */
public final class FanOutOnQueue implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML004", "fan-out-on-queue", Severity.ERROR,
            "A MESSAGE with receivers = MANY is sent to a queue (competing consumers) instead of a Service Bus topic.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sites.MessageAt m : Sites.messagesOnQueues(facts)) {
            if (m.site().channel().isQueue() && m.type().message().receivers() == Receivers.MANY) {
                findings.add(Findings.about(info(), info().defaultSeverity(), m.site(), m.payload(),
                        m.type().simpleName() + " must be processed by several receivers (@Message(receivers = MANY)) "
                                + "but is sent to " + m.site().entityOrChannel() + ", where competing consumers share the "
                                + "messages and each one reaches a single receiver. Send it to a Service Bus topic with one "
                                + "subscription per receiver.", List.of(), false));
            }
        }
        return findings;
    }
}
