package io.msglint.rules.model;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The service tiers the project runs on (configuration; Standard by default).
 *
 * @param serviceBusMaxMessageKb a Premium entity's raised maximum message size (AMQP only), if configured
 */
public record Tiers(ServiceBus serviceBus, EventHubs eventHubs, OptionalInt serviceBusMaxMessageKb) {

    public enum ServiceBus { BASIC, STANDARD, PREMIUM }

    public enum EventHubs { BASIC, STANDARD, PREMIUM, DEDICATED }

    public static final Tiers DEFAULT = new Tiers(ServiceBus.STANDARD, EventHubs.STANDARD, OptionalInt.empty());

    public static String label(Enum<?> tier) {
        String name = tier.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
