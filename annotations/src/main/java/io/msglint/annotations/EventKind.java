package io.msglint.annotations;

/** The two kinds of events of Microsoft's messaging guidance. */
public enum EventKind {
    /** Reports a state change receivers act on one by one ("song uploaded"): Event Grid. */
    DISCRETE,
    /** Part of a time-ordered, related series that receivers analyse (telemetry): Event Hubs. */
    SERIES
}
