package io.msglint.rules.model;

/**
 * A kind of clue to what a payload is when nothing declares it: which kind it points to and how
 * strong it is. The table, with an example that fires and a near-miss for each, is
 * {@code rules/docs/inference.md}.
 */
public enum Sign {
    /** The receiver settles failures itself: abandons, dead-letters or defers the delivery. */
    SETTLES_FAILURES(PayloadKind.MESSAGE, Strength.RECEIVER_ACTS),
    /** The receiver rethrows so the delivery is retried, or carries a retry policy. */
    RETRIES(PayloadKind.MESSAGE, Strength.RECEIVER_ACTS),
    /** The receiver keeps what failed in a dead-letter place of its own. */
    KEEPS_FAILURES(PayloadKind.MESSAGE, Strength.RECEIVER_ACTS),
    /** The receiver changes state: updates or deletes records, sets a status. */
    CHANGES_STATE(PayloadKind.MESSAGE, Strength.RECEIVER_ACTS),
    /** The receiver asks another system to act: an HTTP POST, PUT, PATCH or DELETE. */
    CALLS_ANOTHER_SYSTEM(PayloadKind.MESSAGE, Strength.RECEIVER_ACTS),
    /** The receiver stores what it received; consumers of events record them too, so it yields to any sign of an event. */
    STORES(PayloadKind.MESSAGE, Strength.CONDUCT),
    /** The receiver only counts or updates an in-memory view (and logs). */
    ONLY_OBSERVES(PayloadKind.EVENT, Strength.CONDUCT),
    /** The receiver only logs: an event, unless the receiver is a placeholder (see {@link #ceiling()}). */
    ONLY_LOGS(PayloadKind.EVENT, Strength.CONDUCT),
    /** The receiver takes a batch and reduces it to an aggregate: a consumer of a stream. */
    AGGREGATES(PayloadKind.EVENT, Strength.CONDUCT),
    /** The sender schedules the delivery. */
    SCHEDULES(PayloadKind.MESSAGE, Strength.CONDUCT),
    /** The sender sets a session id: an ordered conversation with one receiver. */
    SETS_SESSION(PayloadKind.MESSAGE, Strength.CONDUCT),
    /** The sender sets a message id, for duplicate detection. */
    SETS_MESSAGE_ID(PayloadKind.MESSAGE, Strength.CONDUCT),
    /** The sender sends in a transaction. */
    SENDS_IN_TRANSACTION(PayloadKind.MESSAGE, Strength.CONDUCT),
    /** The sender publishes from a scheduled or unbounded loop with a partition key. */
    PUBLISHES_SERIES(PayloadKind.EVENT, Strength.CONDUCT),
    /** The type's name is a command. */
    NAMED_AS_MESSAGE(PayloadKind.MESSAGE, Strength.NAME),
    /** The type's name says something happened. */
    NAMED_AS_EVENT(PayloadKind.EVENT, Strength.NAME);

    /** How much a clue weighs, strongest first: a stronger clue outweighs every weaker one. */
    public enum Strength {
        /** What the receiver does that commits it to the work. */
        RECEIVER_ACTS,
        /** How either end handles it otherwise. */
        CONDUCT,
        /** The type's name, the weakest. */
        NAME
    }

    private final PayloadKind pointsTo;
    private final Strength strength;

    Sign(PayloadKind pointsTo, Strength strength) {
        this.pointsTo = pointsTo;
        this.strength = strength;
    }

    public PayloadKind pointsTo() {
        return pointsTo;
    }

    public Strength strength() {
        return strength;
    }

    /** Whether it says the payload is one of a series of events, not a discrete one. */
    public boolean isSeries() {
        return this == AGGREGATES || this == PUBLISHES_SERIES;
    }

    /** Storing is what a consumer of events does too: it says message only when nothing says event. */
    public boolean yieldsToEvents() {
        return this == STORES;
    }

    /** Whether it says the receiver does nothing but look at what it received. */
    public boolean onlyObserves() {
        return this == ONLY_OBSERVES || this == ONLY_LOGS;
    }

    /**
     * The most a finding resting on this clue alone may weigh. A consumer that only logs is as often
     * a placeholder in a demo as a notification's reader, so alone it makes findings of INFO.
     */
    public Severity ceiling() {
        return this == ONLY_LOGS ? Severity.INFO : Severity.WARNING;
    }
}
