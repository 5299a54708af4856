package io.msglint.rules.catalog;

import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SourceLocation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
            bySite.computeIfAbsent(site.location(), l -> new HashSet<>()).addAll(site.suppressions());
            site.boundTypes().forEach(t -> byType.put(t.name(), t.shape().suppressions()));
        }
        for (SendSite site : facts.sends()) {
            bySite.computeIfAbsent(site.location(), l -> new HashSet<>()).addAll(site.suppressions());
            for (Payload payload : site.payloads()) {
                payload.type().ifPresent(t -> byType.put(t.name(), t.shape().suppressions()));
            }
        }
    }

    public boolean suppresses(Finding finding) {
        return matches(finding, bySite.getOrDefault(finding.location(), Set.of()))
                || matches(finding, finding.payload().map(p -> byType.getOrDefault(p, Set.of())).orElse(Set.of()));
    }

    private static boolean matches(Finding finding, Set<String> ids) {
        return ids.contains(SendSite.ALL_RULES) || ids.contains(finding.ruleId());
    }
}
