package io.msglint.rules.model;

import io.msglint.annotations.EventKind;
import java.util.List;
import java.util.Optional;

/**
 * One payload reaching a send site.
 *
 * @param type    the domain type serialized into the message, when the code shows one
 * @param content evidence that raw data rides in it, strongest first
 */
public record Payload(Optional<PayloadType> type, List<Content> content) {

    public Payload {
        content = List.copyOf(content);
    }

    // Plain code, not Optional.map: the rules call these on every warm run (docs/performance.md).

    public PayloadKind kind() {
        return type.isPresent() ? type.get().kind() : PayloadKind.UNCLASSIFIED;
    }

    /** The kind of event its type declares, if any. */
    public Optional<EventKind> eventKind() {
        return type.isPresent() ? type.get().event() : Optional.empty();
    }

    public Optional<Content> strongestContent() {
        Content strongest = null;
        for (Content c : content) {
            if (strongest == null || c.strength().compareTo(strongest.strength()) < 0) {
                strongest = c;
            }
        }
        return Optional.ofNullable(strongest);
    }

    /** The payload's name in a report: its type's simple name, or what it is made of. */
    public String displayName() {
        return type.isPresent() ? type.get().simpleName() : "the payload";
    }
}
