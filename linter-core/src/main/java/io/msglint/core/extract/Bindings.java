package io.msglint.core.extract;

import io.msglint.core.Diagnostic;
import java.util.List;

/**
 * Reads the configuration behind the sites whose channel the code does not show (Spring Cloud
 * Stream bindings, JMS destinations): gives each its service, queue or topic, and entity, and
 * leaves out those the configuration does not put on Azure.
 */
public interface Bindings {

    /** The sites with their channels, and what could not be read on the way. */
    record Bound(List<RawSend> sends, List<RawReceive> receives, List<Diagnostic> problems) {

        public Bound {
            sends = List.copyOf(sends);
            receives = List.copyOf(receives);
            problems = List.copyOf(problems);
        }
    }

    Bound bind(List<RawSend> sends, List<RawReceive> receives);
}
