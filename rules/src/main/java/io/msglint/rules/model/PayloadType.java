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
 * @param event    the declared event kind, if declared
 */
public record PayloadType(TypeShape shape, PayloadKind kind, KindSource source, List<String> evidence,
                          MessageTraits message, Optional<EventKind> event) {

    public PayloadType {
        evidence = List.copyOf(evidence);
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
}
