package io.msglint.annotations;

/** How many receivers must each process a message. */
public enum Receivers {
    /** One receiver processes each message (competing consumers on a queue). */
    ONE,
    /** Several receivers must each process their own copy (a Service Bus topic with subscriptions). */
    MANY
}
