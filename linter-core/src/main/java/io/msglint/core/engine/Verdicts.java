package io.msglint.core.engine;

import io.msglint.core.SuppressedFinding;
import io.msglint.rules.model.Finding;
import java.util.List;

/**
 * What the rules concluded, each list in the contract's order.
 *
 * @param suppressed the findings the code suppresses
 * @param heldBack   findings another reported finding makes redundant ({@link Finding#heldBackBy}):
 *                   they stand if a baseline takes that one out
 */
public record Verdicts(List<Finding> findings, List<SuppressedFinding> suppressed, List<Finding> heldBack) {

    public static final Verdicts NONE = new Verdicts(List.of(), List.of(), List.of());

    public Verdicts {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        heldBack = List.copyOf(heldBack);
    }
}
