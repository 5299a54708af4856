package io.msglint.rules.model;

import io.msglint.annotations.Delivery;
import io.msglint.annotations.Receivers;

/** What a {@code @Message} declares it needs from its channel. */
public record MessageTraits(Receivers receivers, boolean ordered, boolean transactional,
                            Delivery delivery, boolean deduplicate, int maxSizeKb) {

    /** The annotation's defaults: one receiver, unordered, at-least-once, size unknown. */
    public static final MessageTraits DEFAULTS =
            new MessageTraits(Receivers.ONE, false, false, Delivery.AT_LEAST_ONCE, false, 0);
}
