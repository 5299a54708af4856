package io.msglint.core.extract;

import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import java.util.Comparator;

/**
 * A suppression as written in a scanned file, to tell whether it suppressed anything.
 *
 * @param onType the type it annotates, which it covers as a payload too; empty when on another declaration
 */
public record DeclaredSuppression(Suppression suppression, String onType) {

    private static final SourceLocation NOWHERE = new SourceLocation("", 0, 0);

    /** By place, then rule: the order notes about them are given in. */
    public static final Comparator<DeclaredSuppression> ORDER = Comparator
            .comparing((DeclaredSuppression d) -> d.suppression().declaredAt().orElse(NOWHERE))
            .thenComparing(d -> d.suppression().ruleId());
}
