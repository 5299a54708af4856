package io.msglint.rules.model;

import java.util.Optional;

/**
 * One piece of evidence about a payload's kind and where the code shows it.
 *
 * @param place  the call or declaration that shows it; empty for the type's name
 * @param detail what it shows, in words: "the consumer saves it (repository.save)"
 */
public record Clue(Sign sign, Optional<SourceLocation> place, String detail) {

    public static Clue at(Sign sign, SourceLocation place, String detail) {
        return new Clue(sign, Optional.of(place), detail);
    }

    /** How reports list it: "ShipmentWorker.java:24: the consumer saves it (repository.save)". */
    public String text() {
        if (place.isEmpty()) {
            return detail;
        }
        String file = place.get().file();
        return file.substring(file.lastIndexOf('/') + 1) + ":" + place.get().line() + ": " + detail;
    }
}
