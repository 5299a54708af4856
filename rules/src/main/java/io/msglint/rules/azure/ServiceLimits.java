package io.msglint.rules.azure;

import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Tiers;
import java.util.Optional;

/**
 * Size limits of each service and tier, from the services' current quota pages on Microsoft Learn: the
 * module's older figures (64 KB events, 256 KB Service Bus) are superseded where they differ.
 */
public final class ServiceLimits {

    public static final long KIB = 1024;
    public static final long MIB = 1024 * KIB;
    /** The largest message a Premium Service Bus entity can be configured to accept (AMQP only), in KB. */
    public static final int SERVICE_BUS_PREMIUM_MAX_CONFIGURABLE_KB = 100 * 1024;

    /** A limit and how a finding names it. */
    public record Limit(long bytes, String description) {
    }

    private ServiceLimits() {
    }

    /** The largest single message or event the channel accepts. */
    public static Optional<Limit> messageLimit(Channel channel, Tiers tiers, boolean base64) {
        return switch (channel) {
            case STORAGE_QUEUE -> Optional.of(base64
                    ? new Limit(48 * KIB, "48 KiB (a Storage queue message is 64 KiB, Base64 encoding leaves 48 KiB)")
                    : new Limit(64 * KIB, "64 KiB (Storage queue message)"));
            case SERVICE_BUS_QUEUE, SERVICE_BUS_TOPIC, SERVICE_BUS -> Optional.of(serviceBusMessage(tiers));
            case EVENT_GRID -> Optional.of(new Limit(MIB, "1 MB (Event Grid event)"));
            case EVENT_HUBS -> Optional.of(eventHubs(tiers.eventHubs()));
            case UNKNOWN -> Optional.empty();
        };
    }

    /** The largest batch or publish request the channel accepts. */
    public static Optional<Limit> batchLimit(Channel channel, Tiers tiers) {
        return switch (channel) {
            case STORAGE_QUEUE, UNKNOWN -> Optional.empty();
            case SERVICE_BUS_QUEUE, SERVICE_BUS_TOPIC, SERVICE_BUS -> Optional.of(tiers.serviceBus() == Tiers.ServiceBus.PREMIUM
                    ? new Limit(MIB, "1 MB (Service Bus Premium batch)")
                    : new Limit(256 * KIB, "256 KB (Service Bus " + Tiers.label(tiers.serviceBus()) + " batch)"));
            case EVENT_GRID -> Optional.of(new Limit(MIB, "1 MB (Event Grid publish request)"));
            case EVENT_HUBS -> Optional.of(eventHubs(tiers.eventHubs()));
        };
    }

    /** What a Basic or Standard Service Bus entity accepts, in words: "256 KB (Service Bus Standard message)". */
    public static String serviceBusStandardMessage() {
        return serviceBusMessage(Tiers.DEFAULT).description();
    }

    private static Limit serviceBusMessage(Tiers tiers) {
        if (tiers.serviceBus() != Tiers.ServiceBus.PREMIUM) {
            return new Limit(256 * KIB, "256 KB (Service Bus " + Tiers.label(tiers.serviceBus()) + " message)");
        }
        if (tiers.serviceBusMaxMessageKb().isPresent()) {
            int kb = tiers.serviceBusMaxMessageKb().getAsInt();
            return new Limit(kb * KIB, kb + " KB (the configured Service Bus Premium entity maximum, AMQP only)");
        }
        return new Limit(MIB, "1 MB (Service Bus Premium entity default; raise it per entity, up to 100 MB over AMQP)");
    }

    private static Limit eventHubs(Tiers.EventHubs tier) {
        return switch (tier) {
            case BASIC -> new Limit(256 * KIB, "256 KB (Event Hubs Basic event or batch)");
            case STANDARD, PREMIUM -> new Limit(MIB, "1 MB (Event Hubs " + Tiers.label(tier) + " event or batch)");
            case DEDICATED -> new Limit(20 * MIB, "20 MB (Event Hubs Dedicated event or batch)");
        };
    }

    /**
     * Sessions, transactions, duplicate detection and topics need Service Bus Standard or Premium:
     * the sentence a finding adds when the configured tier is Basic ({@code feature}: "sessions"), else "".
     */
    public static String basicTierLacks(Tiers tiers, String feature) {
        return tiers.serviceBus() != Tiers.ServiceBus.BASIC ? ""
                : " The configured Basic tier has no " + feature + " at all: Standard or Premium is needed.";
    }
}
