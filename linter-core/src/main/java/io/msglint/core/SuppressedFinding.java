package io.msglint.core;

import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Suppression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A finding the code suppresses: kept out of the findings and the exit code, still listed in
 * reports with why.
 *
 * @param atSite    the suppressions around its site that hold it back
 * @param onPayload those on its payload type
 */
public record SuppressedFinding(Finding finding, List<Suppression> atSite, List<Suppression> onPayload) {

    public SuppressedFinding {
        atSite = List.copyOf(atSite);
        onPayload = List.copyOf(onPayload);
    }

    /** The reasons the code gives, or what suppressed it where it gives none. */
    public String justification() {
        Set<String> reasons = new LinkedHashSet<>();
        List<Suppression> all = new ArrayList<>(atSite);
        all.addAll(onPayload);
        for (Suppression suppression : all) {
            if (!suppression.reason().isBlank()) {
                reasons.add(suppression.reason().strip());
            }
        }
        if (!reasons.isEmpty()) {
            return String.join("; ", reasons);
        }
        Suppression first = all.get(0);
        return "suppressed in the code without a reason" + first.declaredAt().map(at -> " (" + at + ")").orElse("");
    }
}
