package io.msglint.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that instances of this type are <em>events</em>: lightweight notifications that
 * something happened.
 *
 * <p>Ask of each communication: <b>does the sender expect the receiver to process it in a
 * particular way?</b> If not, it is an event: the publisher has no expectation about what
 * receivers do with it, and there may be many receivers or none. An event carries a reference
 * (an id, a URL) to the changed data, not the data itself. Discrete events go through Event
 * Grid; series of related events (telemetry, streams) through Event Hubs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Event {

    /** Whether receivers react to each event on its own, or analyse an ordered series. */
    EventKind kind() default EventKind.DISCRETE;
}
