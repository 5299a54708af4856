package io.msglint.rules.catalog;

import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SourceLocation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which findings the code suppresses: by annotations around the site (what the front end put in
 * the facts) or on the payload type. The same for every front end.
 */
public final class SuppressionIndex {

    private final Map<SourceLocation, Set<String>> bySite = new HashMap<>();
    private final Map<String, Set<String>> byType = new HashMap<>();

    public SuppressionIndex(Facts facts) {
        for (ReceiveSite site : facts.receives()) {
            suppressAt(site.location(), site.suppressions());
            for (PayloadType type : site.boundTypes()) {
                byType.put(type.name(), type.shape().suppressions());
            }
        }
        for (SendSite site : facts.sends()) {
            suppressAt(site.location(), site.suppressions());
            for (Payload payload : site.payloads()) {
                if (payload.type().isPresent()) {
                    byType.put(payload.type().get().name(), payload.type().get().shape().suppressions());
                }
            }
        }
    }

    private void suppressAt(SourceLocation location, Set<String> ids) {
        Set<String> atSite = bySite.get(location);
        if (atSite == null) {
            atSite = new HashSet<>();
            bySite.put(location, atSite);
        }
        atSite.addAll(ids);
    }

    public boolean suppresses(Finding finding) {
        return suppresses(finding.ruleId(), finding.location(), finding.payload());
    }

    /** Whether a finding of this rule, at this place, about this payload type, would be suppressed. */
    public boolean suppresses(String ruleId, SourceLocation location, Optional<String> payloadType) {
        return matches(ruleId, bySite.getOrDefault(location, Set.of()))
                || payloadType.isPresent() && matches(ruleId, byType.getOrDefault(payloadType.get(), Set.of()));
    }

    private static boolean matches(String ruleId, Set<String> ids) {
        return ids.contains(SendSite.ALL_RULES) || ids.contains(ruleId);
    }
}
