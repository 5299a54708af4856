package io.msglint.annotations;

/** The delivery guarantee a message's receiver relies on. */
public enum Delivery {
    /** Never lost, but may arrive more than once: receivers must tolerate duplicates (peek-lock). */
    AT_LEAST_ONCE,
    /** May be lost, but must never be processed twice (receive-and-delete). */
    AT_MOST_ONCE
}
