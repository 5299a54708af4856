package io.msglint.rules.model;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How a send is made, beyond what it sends: what the property rules judge.
 *
 * @param sessionId      a session id is set on the message ({@code setSessionId})
 * @param messageId      a message id is set ({@code setMessageId}), for duplicate detection
 * @param transaction    a transaction context is passed to the send
 * @param partitioned    a partition key or id is given (batch options, send options)
 * @param loop           the loop the send runs in
 * @param handling       what happens to a failure of the send
 * @param items          how many payloads a collection literal provably holds
 * @param provableBytes  the payload's size where constants prove it ({@code new byte[300 * 1024]})
 * @param base64         the Storage queue client encodes messages as Base64 (48 KiB usable)
 */
public record SendTraits(boolean sessionId, boolean messageId, boolean transaction, boolean partitioned, Loop loop,
                         Handling handling, OptionalInt items, OptionalLong provableBytes,
                         boolean base64) {

    /** The loop around a send. */
    public enum Loop {
        NONE,
        /** Runs once per element of a collection: a bounded fan-out, such as one event per recipient. */
        BOUNDED,
        /** {@code while (true)}, {@code for (;;)}, a loop until stopped: a stream. */
        UNBOUNDED,
        /** A scheduled method or timer task: a periodic stream. */
        SCHEDULED
    }

    /** What happens to a failed send. */
    public enum Handling {
        /** The failure reaches the caller (a sync call, a returned, composed or blocked Mono, an error consumer). */
        CHECKED,
        /** An async send whose Mono nobody subscribes to: nothing is sent at all. */
        NEVER_SUBSCRIBED,
        /** Subscribed without an error consumer: a failure is dropped. */
        NO_ERROR_HANDLER,
        /** A sync send in a try whose catch ignores the exception. */
        SWALLOWED
    }

    public static final SendTraits PLAIN = new SendTraits(false, false, false, false, Loop.NONE, Handling.CHECKED,
            OptionalInt.empty(), OptionalLong.empty(), false);
}
