package io.msglint.rules.azure;

import io.msglint.rules.model.Channel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How code receives from Azure messaging: Azure Functions trigger and output bindings, Spring
 * Cloud Azure listener annotations, Service Bus receiver and processor builders, Storage queue
 * receive calls, Event Hubs processors and consumers, and the calls that deserialize a received
 * body into a payload type.
 */
public final class ReceiveCatalog {

    /**
     * An Azure Functions binding annotation.
     *
     * @param entityAttribute the attribute naming the queue, topic or hub, if it has one
     */
    public record Binding(String annotation, Channel channel, Optional<String> entityAttribute) {

        public String simpleName() {
            return annotation.substring(annotation.lastIndexOf('.') + 1);
        }
    }

    /**
     * A Spring Cloud Azure listener annotation on a method: the method's parameter is what it receives.
     *
     * @param channel               what it reads; for Service Bus, which entity is told by the next
     *                              attribute: see {@link #channel(boolean)}
     * @param entityAttribute       the attribute naming the queue, topic or hub
     * @param subscriptionAttribute for Service Bus, the attribute naming a topic's subscription: a
     *                              listener without one can only read a queue
     */
    public record Listener(String annotation, Channel channel, String entityAttribute,
                           Optional<String> subscriptionAttribute) {

        public String simpleName() {
            return annotation.substring(annotation.lastIndexOf('.') + 1);
        }

        /** The channel, given whether the subscription attribute is set. */
        public Channel channel(boolean subscribed) {
            return subscriptionAttribute.isPresent() ? (subscribed ? Channel.SERVICE_BUS_TOPIC : Channel.SERVICE_BUS_QUEUE)
                    : channel;
        }

        /** The entity the entity attribute names, unless it is blank or a {@code ${...}} property placeholder. */
        public static Optional<String> entity(String written) {
            return Optional.of(written).filter(w -> !w.isBlank() && !w.contains("${"));
        }

        /**
         * Whether a listener method's parameter is its payload, by the simple names of its
         * annotations: one bound to a header ({@code @Header}, {@code @Headers}) is not.
         */
        public static boolean bindsPayload(Collection<String> annotations) {
            return annotations.stream().allMatch(PAYLOAD_ANNOTATION::equals);
        }
    }

    private static final String PAYLOAD_ANNOTATION = "Payload";

    private static final Map<String, Listener> LISTENERS = Map.of(
            "ServiceBusListener", new Listener(
                    "com.azure.spring.messaging.servicebus.implementation.core.annotation.ServiceBusListener",
                    Channel.SERVICE_BUS, "destination", Optional.of("group")),
            "EventHubsListener", new Listener(
                    "com.azure.spring.messaging.eventhubs.implementation.core.annotation.EventHubsListener",
                    Channel.EVENT_HUBS, "destination", Optional.empty()));

    /** The Azure Functions annotations package; a file mentioning it may bind messaging. */
    public static final String FUNCTIONS_PACKAGE = "com.microsoft.azure.functions";
    private static final String FUNCTIONS = FUNCTIONS_PACKAGE + ".annotation.";

    private static final Map<String, Binding> TRIGGERS = Map.of(
            FUNCTIONS + "ServiceBusQueueTrigger", new Binding(FUNCTIONS + "ServiceBusQueueTrigger", Channel.SERVICE_BUS_QUEUE, Optional.of("queueName")),
            FUNCTIONS + "ServiceBusTopicTrigger", new Binding(FUNCTIONS + "ServiceBusTopicTrigger", Channel.SERVICE_BUS_TOPIC, Optional.of("topicName")),
            FUNCTIONS + "QueueTrigger", new Binding(FUNCTIONS + "QueueTrigger", Channel.STORAGE_QUEUE, Optional.of("queueName")),
            FUNCTIONS + "EventGridTrigger", new Binding(FUNCTIONS + "EventGridTrigger", Channel.EVENT_GRID, Optional.empty()),
            FUNCTIONS + "EventHubTrigger", new Binding(FUNCTIONS + "EventHubTrigger", Channel.EVENT_HUBS, Optional.of("eventHubName")));

    private static final Map<String, Binding> OUTPUTS = Map.of(
            FUNCTIONS + "ServiceBusQueueOutput", new Binding(FUNCTIONS + "ServiceBusQueueOutput", Channel.SERVICE_BUS_QUEUE, Optional.of("queueName")),
            FUNCTIONS + "ServiceBusTopicOutput", new Binding(FUNCTIONS + "ServiceBusTopicOutput", Channel.SERVICE_BUS_TOPIC, Optional.of("topicName")),
            FUNCTIONS + "QueueOutput", new Binding(FUNCTIONS + "QueueOutput", Channel.STORAGE_QUEUE, Optional.of("queueName")),
            FUNCTIONS + "EventGridOutput", new Binding(FUNCTIONS + "EventGridOutput", Channel.EVENT_GRID, Optional.empty()),
            FUNCTIONS + "EventHubOutput", new Binding(FUNCTIONS + "EventHubOutput", Channel.EVENT_HUBS, Optional.of("eventHubName")));

    /** {@code OutputBinding<T>}: its {@code setValue} sends. */
    public static final String OUTPUT_BINDING = "com.microsoft.azure.functions.OutputBinding";
    public static final String OUTPUT_SET = "setValue";

    /** Functions annotations that make a method run on a timer: what it sends is a periodic stream. */
    public static final String TIMER_TRIGGER = FUNCTIONS + "TimerTrigger";

    /** The Service Bus builder everything is built from, and its receiving sub-builders. */
    public static final String SERVICE_BUS_BUILDER = "com.azure.messaging.servicebus.ServiceBusClientBuilder";
    private static final Set<String> SERVICE_BUS_RECEIVING = Set.of("receiver", "processor");
    private static final Set<String> SERVICE_BUS_SESSION_RECEIVING = Set.of("sessionReceiver", "sessionProcessor");
    private static final Set<String> SERVICE_BUS_BUILDS = Set.of("buildClient", "buildAsyncClient", "buildProcessorClient");
    public static final String RECEIVE_MODE = "receiveMode";
    public static final String RECEIVE_AND_DELETE = "RECEIVE_AND_DELETE";
    public static final String PROCESS_MESSAGE = "processMessage";

    /** Storage queue receive calls, on the clients {@link SdkCatalog} lists for STORAGE_QUEUE. */
    private static final Set<String> STORAGE_RECEIVES = Set.of("receiveMessage", "receiveMessages");
    /** What the names of client receive calls start with (Storage queues, Event Hubs consumers). */
    private static final String RECEIVE_PREFIX = "receive";

    /** Event Hubs processor builder and consumer receive calls. */
    public static final String EVENT_PROCESSOR_BUILDER = "com.azure.messaging.eventhubs.EventProcessorClientBuilder";
    public static final String EVENT_PROCESSOR_BUILD = "buildEventProcessorClient";
    /** The processor builder calls that take the event handler. */
    private static final String EVENT_PROCESSOR_BATCH_HANDLER = "processEventBatch";
    private static final Set<String> EVENT_PROCESSOR_HANDLERS = Set.of("processEvent", EVENT_PROCESSOR_BATCH_HANDLER);
    private static final Map<String, Set<String>> EVENT_HUBS_CONSUMERS = Map.of(
            "com.azure.messaging.eventhubs.EventHubConsumerClient", Set.of("receiveFromPartition"),
            "com.azure.messaging.eventhubs.EventHubConsumerAsyncClient", Set.of("receive", "receiveFromPartition"));

    /** Calls that deserialize a body into a type given as a class literal argument. */
    private static final Set<String> DESERIALIZERS = Set.of("toObject", "readValue", "fromJson", "treeToValue", "convertValue");

    /**
     * Settling a received message on its failure path, which only a receiver that must not lose the
     * message does: Service Bus abandon, dead-letter and defer (on the receiver, the processor's
     * context, Azure Functions' message actions), Spring Cloud Azure's checkpointer failure.
     */
    private static final Set<String> FAILURE_SETTLES = Set.of("abandon", "abandonMessage", "deadLetter",
            "deadLetterMessage", "deadletter", "defer", "deferMessage", "failure");
    /**
     * Acknowledging a delivery: the transport's mechanics, which receivers of events and messages
     * alike call (Service Bus complete, Storage queue delete, Event Hubs checkpoints, JMS acknowledge).
     */
    private static final Set<String> ACKNOWLEDGEMENTS = Set.of("complete", "completeMessage", "deleteMessage",
            "deleteMessageWithResponse", "updateMessage", "updateCheckpoint", "updateCheckpointAsync", "acknowledge",
            "success");
    /**
     * JMS over Service Bus (the Qpid JMS provider): a message's acknowledgement type set to one of
     * these before {@code acknowledge()} dead-letters or abandons it.
     */
    public static final String JMS_ACK_TYPE = "JMS_AMQP_ACK_TYPE";
    private static final Set<String> JMS_FAILURE_ACK_TYPES = Set.of("REJECTED", "RELEASED", "MODIFIED_FAILED",
            "MODIFIED_FAILED_UNDELIVERABLE");

    /** Azure Functions retry policies on a triggered method: the platform redelivers what failed. */
    private static final Set<String> RETRY_POLICIES = Set.of("ExponentialBackoffRetry", "FixedDelayRetry");
    /** Azure Functions triggers that hand the function a batch: {@code cardinality = MANY}. */
    public static final String CARDINALITY = "cardinality";
    public static final String MANY = "MANY";

    /** Event Grid's own envelopes: a queue handler binding these is Event Grid delivering into a queue. */
    private static final Set<String> EVENT_ENVELOPES = Set.of(
            "com.azure.messaging.eventgrid.EventGridEvent", "com.azure.core.models.CloudEvent");

    /** Calls that put a thread to sleep between polls. */
    private static final Set<String> SLEEPS = Set.of("sleep", "parkNanos", "await");

    private ReceiveCatalog() {
    }

    /** The Azure Functions annotation a simple name stands for, if it is one of them. */
    public static String functionsAnnotation(String simpleName) {
        return FUNCTIONS + simpleName;
    }

    public static Optional<Binding> trigger(String annotation) {
        return Optional.ofNullable(TRIGGERS.get(annotation));
    }

    /** The listener annotation with that simple name, if it is one. */
    public static Optional<Listener> listener(String simpleName) {
        return Optional.ofNullable(LISTENERS.get(simpleName));
    }

    public static Optional<Binding> output(String annotation) {
        return Optional.ofNullable(OUTPUTS.get(annotation));
    }

    public static boolean isServiceBusReceiving(String builderMethod) {
        return SERVICE_BUS_RECEIVING.contains(builderMethod) || SERVICE_BUS_SESSION_RECEIVING.contains(builderMethod);
    }

    public static boolean isServiceBusSessionReceiving(String builderMethod) {
        return SERVICE_BUS_SESSION_RECEIVING.contains(builderMethod);
    }

    public static boolean isServiceBusBuild(String method) {
        return SERVICE_BUS_BUILDS.contains(method);
    }

    public static boolean isStorageReceive(String method) {
        return STORAGE_RECEIVES.contains(method);
    }

    /** A cheap test before any resolution: could a call of this name receive from a client? */
    public static boolean mayReceive(String method) {
        return STORAGE_RECEIVES.contains(method) || method.startsWith(RECEIVE_PREFIX);
    }

    /** {@code processEvent(handler)} and {@code processEventBatch(handler, ...)} on an Event Hubs processor builder. */
    public static boolean isEventProcessorHandler(String method) {
        return EVENT_PROCESSOR_HANDLERS.contains(method);
    }

    /** {@code processEventBatch(handler, ...)}: the handler takes a batch of events at once. */
    public static boolean isEventProcessorBatchHandler(String method) {
        return method.equals(EVENT_PROCESSOR_BATCH_HANDLER);
    }

    public static boolean isEventHubsConsumerReceive(String type, String method) {
        return EVENT_HUBS_CONSUMERS.getOrDefault(type, Set.of()).contains(method);
    }

    public static boolean isDeserializer(String method) {
        return DESERIALIZERS.contains(method);
    }

    public static boolean isFailureSettle(String method) {
        return FAILURE_SETTLES.contains(method);
    }

    /** Whether arguments, as written, set a JMS message's acknowledgement to a failure. */
    public static boolean setsJmsFailureAck(List<String> arguments) {
        boolean ackType = false;
        boolean failure = false;
        for (String argument : arguments) {
            ackType |= argument.endsWith(JMS_ACK_TYPE);
            String last = argument.substring(argument.lastIndexOf('.') + 1);
            failure |= JMS_FAILURE_ACK_TYPES.contains(last);
        }
        return ackType && failure;
    }

    public static boolean isAcknowledgement(String method) {
        return ACKNOWLEDGEMENTS.contains(method);
    }

    /** A retry policy annotation, by its simple name. */
    public static boolean isRetryPolicy(String annotation) {
        return RETRY_POLICIES.contains(annotation);
    }

    public static boolean isEventEnvelope(String type) {
        return EVENT_ENVELOPES.contains(type);
    }

    public static boolean isSleep(String method) {
        return SLEEPS.contains(method);
    }

    /**
     * Every Azure class, annotation and method name this catalog knows: no other part of msglint
     * may spell them (a test in the source front end checks).
     */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (Listener listener : LISTENERS.values()) {
            names.add(listener.annotation());
            names.add(listener.simpleName());
        }
        for (Binding binding : TRIGGERS.values()) {
            names.add(binding.annotation());
            names.add(binding.simpleName());
        }
        for (Binding binding : OUTPUTS.values()) {
            names.add(binding.annotation());
            names.add(binding.simpleName());
        }
        names.addAll(List.of(FUNCTIONS_PACKAGE, OUTPUT_BINDING, OUTPUT_SET, TIMER_TRIGGER, SERVICE_BUS_BUILDER,
                RECEIVE_MODE, RECEIVE_AND_DELETE, PROCESS_MESSAGE, EVENT_PROCESSOR_BUILDER, EVENT_PROCESSOR_BUILD));
        names.addAll(SERVICE_BUS_RECEIVING);
        names.addAll(SERVICE_BUS_SESSION_RECEIVING);
        names.addAll(SERVICE_BUS_BUILDS);
        names.addAll(STORAGE_RECEIVES);
        names.addAll(EVENT_PROCESSOR_HANDLERS);
        for (Map.Entry<String, Set<String>> consumer : EVENT_HUBS_CONSUMERS.entrySet()) {
            names.add(consumer.getKey());
            names.addAll(consumer.getValue());
        }
        names.addAll(EVENT_ENVELOPES);
        names.addAll(FAILURE_SETTLES);
        names.addAll(ACKNOWLEDGEMENTS);
        names.addAll(RETRY_POLICIES);
        names.add(JMS_ACK_TYPE);
        names.addAll(JMS_FAILURE_ACK_TYPES);
        names.addAll(List.of(CARDINALITY, MANY));
        return names;
    }
}
