package io.msglint.rules.model;

import java.util.Locale;

/** Where a payload's kind comes from, strongest first. */
public enum KindSource {
    /** {@code @Message} / {@code @Event} on the type or a supertype. */
    DECLARED,
    /** A class-name pattern in msglint's configuration. */
    CONFIGURED,
    /** A heuristic on the type's name or shape; findings resting on it stay at most WARNING. */
    INFERRED,
    /** Nothing says what the payload is. */
    NONE;

    /** The name used in reports: "declared", "configured", "inferred", "none". */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
