package io.msglint.rules.classify;

import io.msglint.annotations.EventKind;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.Sign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the kind of a payload that nothing declares from the clues at both ends of its channel
 * (rules/docs/inference.md): the strongest clues decide and outweigh every weaker one; clues of
 * the same strength that disagree leave the kind unknown, naming both; storing what was received
 * yields to any clue of an event, since consumers of events record them too. The type's name is
 * the weakest clue. Declarations and configuration win over all of it. Plain loops, for the warm
 * path (docs/performance.md).
 */
public final class KindEvidence {

    private static final Comparator<Clue> STRONGEST_FIRST = new StrongestFirst();

    private KindEvidence() {
    }

    /** The type as these clues decide it, or as classified when they cannot change it. */
    public static PayloadType decide(PayloadType classified, List<Clue> found) {
        if (classified.source() == KindSource.DECLARED || classified.source() == KindSource.CONFIGURED
                || found.isEmpty() || !classified.clues().isEmpty()) {
            return classified;
        }
        List<Clue> clues = distinct(found);
        nameClue(classified).ifPresent(clues::add);
        clues.sort(STRONGEST_FIRST);
        boolean eventSaid = first(clues, PayloadKind.EVENT).isPresent();
        List<Clue> weighed = new ArrayList<>();
        List<Clue> yielded = new ArrayList<>();
        for (Clue clue : clues) {
            (eventSaid && clue.sign().yieldsToEvents() ? yielded : weighed).add(clue);
        }
        Sign.Strength top = weighed.get(0).sign().strength();
        List<Clue> decisive = new ArrayList<>();
        for (Clue clue : weighed) {
            if (clue.sign().strength() == top) {
                decisive.add(clue);
            }
        }
        Optional<Clue> message = first(decisive, PayloadKind.MESSAGE);
        Optional<Clue> event = first(decisive, PayloadKind.EVENT);
        if (message.isPresent() && event.isPresent()) {
            return disagreeing(classified, message.get(), event.get(), clues);
        }
        PayloadKind kind = decisive.get(0).sign().pointsTo();
        List<Clue> ordered = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (Clue clue : weighed) {
            if (clue.sign().pointsTo() == kind) {
                ordered.add(clue);
                evidence.add(clue.text());
            }
        }
        for (Clue clue : weighed) {
            if (clue.sign().pointsTo() != kind) {
                ordered.add(clue);
                evidence.add(clue.text() + " (outweighed by the stronger clue above)");
            }
        }
        for (Clue clue : yielded) {
            ordered.add(clue);
            evidence.add(clue.text() + " (consumers of events store them too)");
        }
        boolean series = false;
        for (Clue clue : weighed) {
            series |= kind == PayloadKind.EVENT && clue.sign().isSeries();
        }
        return new PayloadType(classified.shape(), kind, KindSource.INFERRED, evidence, MessageTraits.DEFAULTS,
                series ? Optional.of(EventKind.SERIES) : Optional.empty(), ordered);
    }

    /** Equally strong clues that disagree: the kind is unknown, and the report names both. */
    private static PayloadType disagreeing(PayloadType classified, Clue message, Clue event, List<Clue> clues) {
        List<Clue> ordered = new ArrayList<>(List.of(message, event));
        List<String> evidence = new ArrayList<>(List.of(message.text() + " (says message)",
                event.text() + " (says event)"));
        for (Clue clue : clues) {
            if (clue != message && clue != event) {
                ordered.add(clue);
                evidence.add(clue.text());
            }
        }
        return new PayloadType(classified.shape(), PayloadKind.UNCLASSIFIED, KindSource.INFERRED, evidence,
                MessageTraits.DEFAULTS, Optional.empty(), ordered);
    }

    /** The clue of the type's name, when its name alone gave it a kind. */
    private static Optional<Clue> nameClue(PayloadType classified) {
        if (classified.source() != KindSource.INFERRED || classified.evidence().isEmpty()) {
            return Optional.empty();
        }
        Sign sign = classified.kind() == PayloadKind.MESSAGE ? Sign.NAMED_AS_MESSAGE : Sign.NAMED_AS_EVENT;
        return Optional.of(new Clue(sign, Optional.empty(), classified.evidence().get(0)));
    }

    /** One clue per sign and place: a receiver paired with several sends is counted once. */
    private static List<Clue> distinct(List<Clue> found) {
        Map<String, Clue> byPlace = new LinkedHashMap<>();
        for (Clue clue : found) {
            byPlace.putIfAbsent(clue.sign() + " " + (clue.place().isPresent() ? clue.place().get() : ""), clue);
        }
        return new ArrayList<>(byPlace.values());
    }

    private static Optional<Clue> first(List<Clue> clues, PayloadKind kind) {
        for (Clue clue : clues) {
            if (clue.sign().pointsTo() == kind) {
                return Optional.of(clue);
            }
        }
        return Optional.empty();
    }

    /** By strength, then sign, then place: the same order whatever order the receivers were found in. */
    private static final class StrongestFirst implements Comparator<Clue> {

        @Override
        public int compare(Clue a, Clue b) {
            int order = a.sign().strength().compareTo(b.sign().strength());
            if (order == 0) {
                order = a.sign().compareTo(b.sign());
            }
            return order != 0 ? order : a.text().compareTo(b.text());
        }
    }
}
