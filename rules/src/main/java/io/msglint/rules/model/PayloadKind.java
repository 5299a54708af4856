package io.msglint.rules.model;

/** What the sender of a payload expects: processing (a message) or nothing (an event). */
public enum PayloadKind {
    MESSAGE, EVENT, UNCLASSIFIED
}
