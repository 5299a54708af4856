package io.msglint.rules.azure;

import io.msglint.rules.model.Channel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What msglint knows of the Spring frameworks over Azure messaging whose service and entity live
 * in configuration, not in code: Spring Cloud Stream with the Azure binders (Spring Cloud Azure
 * 6.x) and JMS over Service Bus ({@code spring-cloud-azure-starter-servicebus-jms}). Sources:
 * Microsoft Learn, "Spring Cloud Stream with Azure Service Bus" and "... Event Hubs", and
 * "Spring JMS with Azure Service Bus"; Spring Cloud Stream's reference, "Functional binding names".
 */
public final class SpringFrameworks {

    /** {@code java.util.function} bean types and the binding suffixes they get. */
    public static final String SUPPLIER = "java.util.function.Supplier";
    public static final String CONSUMER = "java.util.function.Consumer";
    public static final String FUNCTION = "java.util.function.Function";
    public static final String INPUT_SUFFIX = "-in-0";
    public static final String OUTPUT_SUFFIX = "-out-0";

    /** Types a functional bean's payload is wrapped in: the payload is their (first) type argument. */
    private static final Set<String> PAYLOAD_WRAPPERS = Set.of(
            "reactor.core.publisher.Flux", "reactor.core.publisher.Mono", "org.reactivestreams.Publisher",
            "org.springframework.messaging.Message", "org.springframework.messaging.support.GenericMessage",
            "java.util.List", "java.util.Collection", "java.util.Optional");

    /** Configuration keys of Spring Cloud Stream, Spring Cloud Function and the Azure binders. */
    public static final String FUNCTION_DEFINITION = "spring.cloud.function.definition";
    public static final String LEGACY_FUNCTION_DEFINITION = "spring.cloud.stream.function.definition";
    public static final String BINDINGS = "spring.cloud.stream.bindings";
    public static final String BINDERS = "spring.cloud.stream.binders";
    public static final String DEFAULT_BINDER = "spring.cloud.stream.default-binder";
    /** {@code spring.cloud.stream.<binder type>.bindings.<binding>.producer|consumer.entity-type}. */
    public static final String BINDER_BINDINGS = "spring.cloud.stream.%s.bindings.%s.%s.entity-type";
    /** A binding's producer partition key, under {@code spring.cloud.stream.bindings.<binding>}. */
    public static final String PARTITION_KEY_EXPRESSION = ".producer.partition-key-expression";
    public static final String PARTITION_KEY_EXTRACTOR = ".producer.partition-key-extractor-name";
    public static final String SERVICE_BUS_DEFAULT_ENTITY_TYPE = "spring.cloud.azure.servicebus.entity-type";

    /** The Azure binders: type name, and the artifacts that put one on a module's classpath. */
    public enum Binder {
        SERVICE_BUS("servicebus", Channel.SERVICE_BUS, "spring-cloud-azure-stream-binder-servicebus",
                "spring-cloud-azure-starter-stream-servicebus"),
        EVENT_HUBS("eventhubs", Channel.EVENT_HUBS, "spring-cloud-azure-stream-binder-eventhubs",
                "spring-cloud-azure-starter-stream-eventhubs");

        private final String type;
        private final Channel channel;
        private final Set<String> artifacts;

        Binder(String type, Channel channel, String... artifacts) {
            this.type = type;
            this.channel = channel;
            this.artifacts = Set.of(artifacts);
        }

        public String type() {
            return type;
        }

        public Channel channel() {
            return channel;
        }

        public Set<String> artifacts() {
            return artifacts;
        }

        /** The Azure binder of a binder type name; empty for another broker's (kafka, rabbit). */
        public static Optional<Binder> ofType(String type) {
            for (Binder binder : values()) {
                if (binder.type.equalsIgnoreCase(type.strip())) {
                    return Optional.of(binder);
                }
            }
            return Optional.empty();
        }
    }

    /** JMS over Service Bus: the starter's configuration prefix, its switch, and Spring Boot's pub-sub flag. */
    public static final String JMS_SERVICE_BUS = "spring.jms.servicebus";
    public static final String JMS_SERVICE_BUS_ENABLED = "spring.jms.servicebus.enabled";
    public static final String JMS_PUB_SUB_DOMAIN = "spring.jms.pub-sub-domain";
    /** The listener container factory the starter provides for topics; its default one listens to queues. */
    public static final String JMS_TOPIC_FACTORY = "topicJmsListenerContainerFactory";
    public static final String JMS_LISTENER = "org.springframework.jms.annotation.JmsListener";

    /**
     * Spring Integration over Azure (Spring Cloud Azure 6.x): the outbound handler, named by its
     * destination and the template it sends with; the Storage queue message source; and the
     * listener container properties inbound adapters are built from, whose setters name the entity
     * (a Service Bus subscription name makes it a topic's).
     */
    public static final String DEFAULT_MESSAGE_HANDLER = "com.azure.spring.integration.core.handler.DefaultMessageHandler";
    public static final String STORAGE_QUEUE_MESSAGE_SOURCE =
            "com.azure.spring.integration.storage.queue.inbound.StorageQueueMessageSource";
    public static final String SERVICE_BUS_CONTAINER_PROPERTIES =
            "com.azure.spring.messaging.servicebus.core.properties.ServiceBusContainerProperties";
    public static final String EVENT_HUBS_CONTAINER_PROPERTIES =
            "com.azure.spring.messaging.eventhubs.core.properties.EventHubsContainerProperties";
    public static final String INTEGRATION_PACKAGE = "com.azure.spring.integration.";
    public static final String SET_ENTITY_NAME = "setEntityName";
    public static final String SET_SUBSCRIPTION_NAME = "setSubscriptionName";
    public static final String SET_EVENT_HUB_NAME = "setEventHubName";
    public static final String SET_DEFAULT_ENTITY_TYPE = "setDefaultEntityType";
    /** A word of an inbound adapter's file: the container it builds feeds Spring Integration. */
    public static final String INBOUND_ADAPTER = "InboundChannelAdapter";

    /** Listener parameter types that are JMS or Spring plumbing, never the payload. */
    private static final Set<String> JMS_PLUMBING_PREFIXES = Set.of("jakarta.jms.", "javax.jms.",
            "org.springframework.messaging.MessageHeaders", "org.springframework.jms.");

    private SpringFrameworks() {
    }

    /**
     * Which argument of {@code StreamBridge.send} is the payload: {@code send(binding, data)} and
     * {@code send(binding, data, mimeType)} pass it second, {@code send(binding, binderName, data)}
     * and {@code send(binding, binderName, data, mimeType)} third.
     */
    public static int streamBridgePayloadArgument(int arity, boolean thirdIsMimeType) {
        return arity == 4 || arity == 3 && !thirdIsMimeType ? 2 : 1;
    }

    /** {@code StreamBridge}'s type. */
    public static final String STREAM_BRIDGE = "org.springframework.cloud.stream.function.StreamBridge";

    public static boolean isPayloadWrapper(String qualifiedType) {
        return PAYLOAD_WRAPPERS.contains(qualifiedType);
    }

    public static boolean isJmsPlumbing(String qualifiedType) {
        for (String prefix : JMS_PLUMBING_PREFIXES) {
            if (qualifiedType.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The Service Bus entity kind an {@code entity-type} value names: {@code queue} or {@code topic}, any case. */
    public static Optional<Channel> entityType(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "queue" -> Optional.of(Channel.SERVICE_BUS_QUEUE);
            case "topic" -> Optional.of(Channel.SERVICE_BUS_TOPIC);
            default -> Optional.empty();
        };
    }
}
