package io.msglint.rules.model;

import io.msglint.annotations.EventKind;
import java.util.List;
import java.util.Optional;

/**
 * A payload type with its kind decided.
 *
 * @param shape    what the front end saw
 * @param kind     message, event or unclassified
 * @param source   where the kind comes from
 * @param evidence why, in words for a report ("@Message on com.acme.SongUpload")
 * @param message  the declared message traits (defaults where the kind was not declared)
 * @param event    the declared event kind, if declared; for an inferred event, SERIES where the evidence
 *                 says it is one of a series
 * @param clues    for a kind inferred from the code at both ends of its channel, the clues that decided
 *                 it, strongest first; empty when the kind is declared, configured, or inferred from the
 *                 name alone
 */
public record PayloadType(TypeShape shape, PayloadKind kind, KindSource source, List<String> evidence,
                          MessageTraits message, Optional<EventKind> event, List<Clue> clues) {

    public PayloadType {
        evidence = List.copyOf(evidence);
        clues = List.copyOf(clues);
    }

    /** A type whose kind no clue of the code decided. */
    public PayloadType(TypeShape shape, PayloadKind kind, KindSource source, List<String> evidence,
                       MessageTraits message, Optional<EventKind> event) {
        this(shape, kind, source, evidence, message, event, List.of());
    }

    public String name() {
        return shape.name();
    }

    public String simpleName() {
        return shape.simpleName();
    }

    public boolean isInferred() {
        return source == KindSource.INFERRED;
    }

    /**
     * The most a finding resting on this type's inferred kind may weigh: WARNING, unless every clue
     * that agrees with the kind allows less (a consumer that only logs, with nothing else to say so).
     */
    public Severity inferenceCeiling() {
        Severity ceiling = null;
        for (Clue clue : clues) {
            if (clue.sign().pointsTo() == kind) {
                Severity allowed = clue.sign().ceiling();
                ceiling = ceiling == null || allowed.compareTo(ceiling) < 0 ? allowed : ceiling;
            }
        }
        return ceiling == null ? Severity.WARNING : ceiling;
    }

    /** Inferred, and from nothing stronger than its name: the weakest ground a finding can stand on. */
    public boolean isInferredFromName() {
        return source == KindSource.INFERRED && (clues.isEmpty() || clues.get(0).sign().strength() == Sign.Strength.NAME);
    }
}
