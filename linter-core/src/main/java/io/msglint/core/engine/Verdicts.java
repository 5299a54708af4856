package io.msglint.core.engine;

import io.msglint.core.SuppressedFinding;
import io.msglint.rules.model.Finding;
import java.util.List;

/** What the rules concluded: the findings, and those the code suppresses, each in the contract's order. */
public record Verdicts(List<Finding> findings, List<SuppressedFinding> suppressed) {

    public static final Verdicts NONE = new Verdicts(List.of(), List.of());

    public Verdicts {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }
}
