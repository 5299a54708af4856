package io.msglint.core.extract;

import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import java.util.List;

/**
 * What one file contributed.
 *
 * @param unresolvedCalls candidate SDK calls whose receiver type could not be resolved
 */
public record FileFacts(List<SendSite> sends, List<ReceiveSite> receives, int unresolvedCalls) {

    public FileFacts {
        sends = List.copyOf(sends);
        receives = List.copyOf(receives);
    }
}
