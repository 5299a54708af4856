package io.msglint.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that instances of this type are <em>messages</em>.
 *
 * <p>Ask of each communication: <b>does the sender expect the receiver to process it in a
 * particular way?</b> If yes, it is a message: it carries the data itself, a receiver must
 * handle it, and the system's integrity may depend on that. Messages belong on a queue
 * (Service Bus queue or Storage queue) or, when several receivers must each handle a copy, a
 * Service Bus topic, never on Event Grid or Event Hubs, which drop or merely retain events
 * whether or not anybody processes them.
 *
 * <p>The attributes state what delivery the message needs; msglint checks them against the
 * channel the code sends it through. The annotation is inherited by subclasses and
 * implementing types as far as msglint is concerned (nearest superclass first, then interfaces).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Message {

    /** How many receivers must each process a copy: {@code MANY} needs a Service Bus topic. */
    Receivers receivers() default Receivers.ONE;

    /** Whether receivers must see the messages in the order they were sent (FIFO). */
    boolean ordered() default false;

    /** Whether the message must be sent or settled atomically together with others. */
    boolean transactional() default false;

    /** Which delivery guarantee the receiver relies on. */
    Delivery delivery() default Delivery.AT_LEAST_ONCE;

    /** Whether the broker must drop a re-sent copy (duplicate detection by message id). */
    boolean deduplicate() default false;

    /** The largest size of one message in KiB (1 KiB = 1,024 bytes); 0 means unknown. */
    int maxSizeKb() default 0;
}
