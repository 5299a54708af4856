package io.msglint.core.extract;

import java.util.Comparator;

/**
 * A method of another class of the project that a receiving handler hands its work to
 * ({@code orderService.fulfil(order)}, a processor given {@code handler::process}): what its body
 * does is what the receiver does.
 *
 * @param type   the qualified name of the field's declared type
 * @param method the method's name; every overload counts
 */
public record Delegate(String type, String method) {

    public static final Comparator<Delegate> ORDER = Comparator.comparing(Delegate::type).thenComparing(Delegate::method);
}
