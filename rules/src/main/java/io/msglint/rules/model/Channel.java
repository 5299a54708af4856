package io.msglint.rules.model;

/** The Azure messaging entity a payload is sent through, as far as the code shows it. */
public enum Channel {
    SERVICE_BUS_QUEUE("a Service Bus queue"),
    SERVICE_BUS_TOPIC("a Service Bus topic"),
    /** A Service Bus sender whose entity (queue or topic) the code does not show. */
    SERVICE_BUS("Service Bus (queue or topic not known)"),
    STORAGE_QUEUE("a Storage queue"),
    EVENT_GRID("Event Grid"),
    EVENT_HUBS("Event Hubs"),
    /**
     * A call that may send through Azure messaging, but which service the code does not show (its
     * receiver type could not be resolved): listed among the sites, never judged.
     */
    UNKNOWN("an Azure messaging service msglint could not tell");

    private final String description;

    Channel(String description) {
        this.description = description;
    }

    /** How a message names this channel: "a Storage queue", "Event Grid". */
    public String description() {
        return description;
    }

    /** Event Grid and Event Hubs distribute events; nobody has to process them. */
    public boolean isEventChannel() {
        return this == EVENT_GRID || this == EVENT_HUBS;
    }

    /** A point-to-point queue with competing consumers: one receiver gets each message. */
    public boolean isQueue() {
        return this == SERVICE_BUS_QUEUE || this == STORAGE_QUEUE;
    }

    /** A broker that keeps messages until a receiver takes them: a Service Bus entity or a Storage queue. */
    public boolean isBroker() {
        return isServiceBus() || this == STORAGE_QUEUE;
    }

    public boolean isServiceBus() {
        return this == SERVICE_BUS_QUEUE || this == SERVICE_BUS_TOPIC || this == SERVICE_BUS;
    }
}
