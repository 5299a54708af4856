package io.msglint.rules.catalog;

import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which findings the code suppresses: by annotations around the site (what the front end put in
 * the facts) or on the payload type. The same for every front end.
 */
public final class SuppressionIndex {

    /** Where a suppression the front end could not place sorts: first. */
    private static final SourceLocation NOWHERE = new SourceLocation("", 0, 0);

    private final Map<SourceLocation, Set<Suppression>> bySite = new HashMap<>();
    private final Map<String, Set<Suppression>> byType = new HashMap<>();

    /**
     * The suppressions that hold a finding back.
     *
     * @param atSite    those on the declarations around its site, or on the variables it uses
     * @param onPayload those on its payload type
     */
    public record Match(List<Suppression> atSite, List<Suppression> onPayload) {

        public boolean isEmpty() {
            return atSite.isEmpty() && onPayload.isEmpty();
        }

        /** Every suppression that matched, the site's first. */
        public List<Suppression> all() {
            List<Suppression> all = new ArrayList<>(atSite);
            all.addAll(onPayload);
            return all;
        }
    }

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

    private void suppressAt(SourceLocation location, Set<Suppression> suppressions) {
        bySite.computeIfAbsent(location, l -> new HashSet<>()).addAll(suppressions);
    }

    public boolean suppresses(Finding finding) {
        return !match(finding).isEmpty();
    }

    /** Whether a finding of this rule, at this place, about this payload type, would be suppressed. */
    public boolean suppresses(String ruleId, SourceLocation location, Optional<String> payloadType) {
        return !match(ruleId, location, payloadType).isEmpty();
    }

    /** The suppressions that hold this finding back; empty when none does. */
    public Match match(Finding finding) {
        return match(finding.ruleId(), finding.location(), finding.payload());
    }

    private Match match(String ruleId, SourceLocation location, Optional<String> payloadType) {
        return new Match(covering(bySite.getOrDefault(location, Set.of()), ruleId),
                payloadType.isPresent() ? covering(byType.getOrDefault(payloadType.get(), Set.of()), ruleId) : List.of());
    }

    private static List<Suppression> covering(Set<Suppression> suppressions, String ruleId) {
        List<Suppression> covering = new ArrayList<>();
        for (Suppression suppression : suppressions) {
            if (suppression.covers(ruleId)) {
                covering.add(suppression);
            }
        }
        if (covering.size() > 1) {
            covering.sort(Comparator.comparing((Suppression s) -> s.declaredAt().orElse(NOWHERE))
                    .thenComparing(Suppression::ruleId).thenComparing(Suppression::reason));
        }
        return covering;
    }
}
