package io.msglint.rules.model;

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

    public PayloadKind kind() {
        return type.map(PayloadType::kind).orElse(PayloadKind.UNCLASSIFIED);
    }

    public Optional<Content> strongestContent() {
        return content.stream().min((a, b) -> a.strength().compareTo(b.strength()));
    }

    /** The payload's name in a report: its type's simple name, or what it is made of. */
    public String displayName() {
        return type.map(PayloadType::simpleName).orElse("the payload");
    }
}
