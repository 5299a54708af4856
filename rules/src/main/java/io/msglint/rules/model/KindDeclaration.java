package io.msglint.rules.model;

import io.msglint.annotations.EventKind;
import java.util.Optional;

/**
 * The msglint annotations found on one type of a payload's hierarchy, exactly as written.
 *
 * @param typeName the type that carries them
 * @param message  {@code @Message} with its attributes, if present
 * @param event    {@code @Event}'s kind, if present
 */
public record KindDeclaration(String typeName, Optional<MessageTraits> message, Optional<EventKind> event) {

    public boolean declaresAnything() {
        return message.isPresent() || event.isPresent();
    }

    public boolean isConflicting() {
        return message.isPresent() && event.isPresent();
    }
}
