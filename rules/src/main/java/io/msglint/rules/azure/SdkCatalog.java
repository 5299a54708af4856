package io.msglint.rules.azure;

import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Via;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Azure SDK entry points msglint understands: which client types send, through which
 * channel, with which methods and which argument carries the payload; how the builders that
 * make a client name its entity; how payloads are wrapped and serialized. Every SDK class and
 * method name msglint knows lives here, once.
 */
public final class SdkCatalog {

    /**
     * A sending client type.
     *
     * @param entityArgument the send argument that names the destination (Spring templates), or -1
     */
    public record Client(String type, Channel channel, Map<String, Integer> sendMethods, int entityArgument) {

        Client(String type, Channel channel, Map<String, Integer> sendMethods) {
            this(type, channel, sendMethods, -1);
        }

        /** The SDK's own clients, Spring Cloud Azure's templates over them, or a Spring framework's. */
        public Via via() {
            if (type.startsWith(SPRING_CLOUD_STREAM)) {
                return Via.SPRING_CLOUD_STREAM;
            }
            if (type.startsWith(SPRING_JMS)) {
                return Via.JMS;
            }
            return type.startsWith(SPRING) ? Via.SPRING_CLOUD_AZURE : Via.SDK;
        }

        /**
         * Whether the code names a binding or a destination whose service and entity only the
         * module's configuration says (Spring Cloud Stream, JMS): the channel is read there.
         */
        public boolean isConfigured() {
            return channel == Channel.UNKNOWN;
        }

        /** Reactor sends: they return a {@code Mono} that does nothing until subscribed. */
        public boolean isAsync(String method) {
            return type.endsWith("AsyncClient") || method.endsWith("Async");
        }

        /** Whether a call with this many arguments passes a Service Bus transaction context. */
        public boolean passesTransaction(String method, int arguments) {
            Integer arity = TRANSACTION_ARITY.get(method);
            return channel == Channel.SERVICE_BUS && arity != null && arguments == arity;
        }

        public String simpleName() {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        /** The index of the argument that carries the payload, if {@code method} sends. */
        public Optional<Integer> payloadArgument(String method) {
            return Optional.ofNullable(sendMethods.get(method));
        }

        /**
         * The payload's argument in a call with this many arguments: a JMS template's
         * {@code convertAndSend(payload)} has only the payload; {@code StreamBridge.send} takes it
         * second, or third after a binder name ({@code thirdIsMimeType} tells its two 3-argument
         * overloads apart).
         */
        public Optional<Integer> payloadArgument(String method, int arity, boolean thirdIsMimeType) {
            Optional<Integer> byName = payloadArgument(method);
            if (byName.isEmpty()) {
                return byName;
            }
            if (via() == Via.JMS && arity == 1) {
                return Optional.of(0);
            }
            if (type.equals(SpringFrameworks.STREAM_BRIDGE)) {
                return Optional.of(SpringFrameworks.streamBridgePayloadArgument(arity, thirdIsMimeType));
            }
            return byName;
        }
    }

    /**
     * A builder or factory method that names the entity a client talks to.
     *
     * @param argument  the argument holding the name
     * @param refinesTo the channel the call implies (a Service Bus sender built with
     *                  {@code queueName} is a queue), or empty when it only names the entity
     */
    public record EntityMethod(String name, int argument, int arity, Optional<Channel> refinesTo) {
    }

    /** What a payload-building call does with its argument. */
    public enum Conversion {
        /** Serializes an object: the argument's type is the payload type. */
        SERIALIZES_OBJECT,
        /** Wraps a value as it is (a string, bytes): trace the argument further. */
        WRAPS_VALUE,
        /** Reads a file or stream: the payload is raw content. */
        READS_CONTENT
    }

    private static final String SERVICE_BUS = "com.azure.messaging.servicebus.";
    private static final String STORAGE_QUEUE = "com.azure.storage.queue.";
    private static final String EVENT_GRID = "com.azure.messaging.eventgrid.";
    private static final String EVENT_HUBS = "com.azure.messaging.eventhubs.";
    private static final String BINARY_DATA = "com.azure.core.util.BinaryData";

    private static final Map<String, Integer> SERVICE_BUS_SENDS = Map.of(
            "sendMessage", 0, "sendMessages", 0, "scheduleMessage", 0, "scheduleMessages", 0);
    /** Service Bus send overloads that take a transaction context, by argument count. */
    private static final Map<String, Integer> TRANSACTION_ARITY = Map.of(
            "sendMessage", 2, "sendMessages", 2, "scheduleMessage", 3, "scheduleMessages", 3);

    /** Service Bus sends that schedule the delivery for later. */
    private static final Set<String> SCHEDULING_SENDS = Set.of("scheduleMessage", "scheduleMessages");

    private static final Map<String, Integer> STORAGE_QUEUE_SENDS = Map.of(
            "sendMessage", 0, "sendMessageWithResponse", 0);
    private static final Map<String, Integer> EVENT_GRID_SENDS = Map.of(
            "sendEvent", 0, "sendEvents", 0, "sendEventsWithResponse", 0);
    private static final Map<String, Integer> EVENT_HUBS_SENDS = Map.of("send", 0);
    /** Spring Cloud Azure templates: {@code send(destination, message)} and {@code sendAsync(...)}. */
    private static final Map<String, Integer> SPRING_TEMPLATE_SENDS = Map.of("send", 1, "sendAsync", 1);
    private static final String SPRING = "com.azure.spring.messaging.";
    /** Spring Integration's Azure adapters: imported from their own package, beside the templates'. */
    private static final String SPRING_INTEGRATION = "com.azure.spring.integration.";
    private static final Map<String, Integer> EVENT_HUBS_BUFFERED_SENDS = Map.of(
            "enqueueEvent", 0, "enqueueEvents", 0);
    /** Spring Cloud Stream: {@code StreamBridge.send(bindingName, data)}, the binding's service read from configuration. */
    private static final String SPRING_CLOUD_STREAM = "org.springframework.cloud.stream.";
    private static final Map<String, Integer> STREAM_BRIDGE_SENDS = Map.of("send", 1);
    /** Spring JMS: {@code convertAndSend(destinationName, payload)}; Service Bus when the module configures it. */
    private static final String SPRING_JMS = "org.springframework.jms.";
    private static final Map<String, Integer> JMS_SENDS = Map.of("convertAndSend", 1);

    private static final List<Client> CLIENTS = List.of(
            new Client(SERVICE_BUS + "ServiceBusSenderClient", Channel.SERVICE_BUS, SERVICE_BUS_SENDS),
            new Client(SERVICE_BUS + "ServiceBusSenderAsyncClient", Channel.SERVICE_BUS, SERVICE_BUS_SENDS),
            new Client(STORAGE_QUEUE + "QueueClient", Channel.STORAGE_QUEUE, STORAGE_QUEUE_SENDS),
            new Client(STORAGE_QUEUE + "QueueAsyncClient", Channel.STORAGE_QUEUE, STORAGE_QUEUE_SENDS),
            new Client(EVENT_GRID + "EventGridPublisherClient", Channel.EVENT_GRID, EVENT_GRID_SENDS),
            new Client(EVENT_GRID + "EventGridPublisherAsyncClient", Channel.EVENT_GRID, EVENT_GRID_SENDS),
            new Client(EVENT_HUBS + "EventHubProducerClient", Channel.EVENT_HUBS, EVENT_HUBS_SENDS),
            new Client(EVENT_HUBS + "EventHubProducerAsyncClient", Channel.EVENT_HUBS, EVENT_HUBS_SENDS),
            new Client(EVENT_HUBS + "EventHubBufferedProducerClient", Channel.EVENT_HUBS, EVENT_HUBS_BUFFERED_SENDS),
            new Client(EVENT_HUBS + "EventHubBufferedProducerAsyncClient", Channel.EVENT_HUBS, EVENT_HUBS_BUFFERED_SENDS),
            new Client(SPRING + "servicebus.core.ServiceBusTemplate", Channel.SERVICE_BUS, SPRING_TEMPLATE_SENDS, 0),
            new Client(SPRING + "storage.queue.core.StorageQueueTemplate", Channel.STORAGE_QUEUE, SPRING_TEMPLATE_SENDS, 0),
            new Client(SPRING + "eventhubs.core.EventHubsTemplate", Channel.EVENT_HUBS, SPRING_TEMPLATE_SENDS, 0),
            new Client(SPRING_CLOUD_STREAM + "function.StreamBridge", Channel.UNKNOWN, STREAM_BRIDGE_SENDS, 0),
            new Client(SPRING_JMS + "core.JmsTemplate", Channel.UNKNOWN, JMS_SENDS, 0),
            new Client(SPRING_JMS + "core.JmsMessagingTemplate", Channel.UNKNOWN, JMS_SENDS, 0));

    private static final Map<String, Client> CLIENTS_BY_TYPE =
            CLIENTS.stream().collect(Collectors.toUnmodifiableMap(Client::type, Function.identity()));

    private static final Set<String> SEND_METHOD_NAMES = CLIENTS.stream()
            .flatMap(c -> c.sendMethods().keySet().stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Types whose constructor wraps a payload, with the argument holding the data. */
    private static final Map<String, Integer> WRAPPERS = Map.of(
            SERVICE_BUS + "ServiceBusMessage", 0,
            EVENT_GRID + "EventGridEvent", 2,
            "com.azure.core.models.CloudEvent", 2,
            EVENT_HUBS + "EventData", 0);

    /** Static factories that wrap a payload: Spring's {@code MessageBuilder.withPayload(x)}. */
    private static final Set<String> PAYLOAD_FACTORIES = Set.of("withPayload", "createMessage");
    /** Builder steps that hand on what they build: {@code MessageBuilder...setHeader(..).build()}. */
    private static final Set<String> BUILDER_STEPS = Set.of("build", "setHeader", "setHeaderIfAbsent", "copyHeaders");
    /** The builder step that sets a Spring message header. */
    private static final String HEADER_SETTER = "setHeader";
    /** A wrapper's own setters: they return the wrapper, which still carries the payload. */
    private static final List<String> WRAPPER_SETTER_PREFIXES = List.of("set", "with");
    private static final String CLOUD_EVENT_ATTRIBUTE_SETTER = "addExtensionAttribute";
    /** Spring message headers that carry a session id, message id or partition (suffixes of the constants). */
    private static final String SESSION_HEADER = "SESSION_ID";
    private static final String MESSAGE_ID_HEADER = "MESSAGE_ID";
    private static final Set<String> PARTITION_HEADERS = Set.of("PARTITION_KEY", "PARTITION_ID");

    /** Batch types and the method that adds one payload to them. */
    private static final Map<String, String> BATCH_ADDERS = Map.of(
            SERVICE_BUS + "ServiceBusMessageBatch", "tryAddMessage",
            EVENT_HUBS + "EventDataBatch", "tryAdd");

    private static final Map<Channel, List<EntityMethod>> ENTITY_METHODS = Map.of(
            Channel.SERVICE_BUS, List.of(
                    new EntityMethod("queueName", 0, 1, Optional.of(Channel.SERVICE_BUS_QUEUE)),
                    new EntityMethod("topicName", 0, 1, Optional.of(Channel.SERVICE_BUS_TOPIC))),
            Channel.STORAGE_QUEUE, List.of(
                    new EntityMethod("queueName", 0, 1, Optional.empty()),
                    new EntityMethod("getQueueClient", 0, 1, Optional.empty()),
                    new EntityMethod("getQueueAsyncClient", 0, 1, Optional.empty())),
            Channel.EVENT_HUBS, List.of(
                    new EntityMethod("eventHubName", 0, 1, Optional.empty()),
                    new EntityMethod("connectionString", 1, 2, Optional.empty())),
            Channel.EVENT_GRID, List.of());

    /** {@code BinaryData} factories. */
    private static final Map<String, Conversion> BINARY_DATA_FACTORIES = Map.of(
            "fromObject", Conversion.SERIALIZES_OBJECT,
            "fromObjectAsync", Conversion.SERIALIZES_OBJECT,
            "fromString", Conversion.WRAPS_VALUE,
            "fromBytes", Conversion.WRAPS_VALUE,
            "fromByteBuffer", Conversion.WRAPS_VALUE,
            "fromFile", Conversion.READS_CONTENT,
            "fromStream", Conversion.READS_CONTENT,
            "fromStreamAsync", Conversion.READS_CONTENT,
            "fromFlux", Conversion.READS_CONTENT);

    /** Serializer methods whose first argument becomes the payload (Jackson, Gson, JSON-B). */
    private static final Set<String> SERIALIZER_METHODS = Set.of("writeValueAsString", "writeValueAsBytes", "toJson");

    /** Static calls that read a file or stream: {@code Type.method}. */
    private static final Set<String> STATIC_CONTENT_READERS = Set.of(
            "Files.readAllBytes", "Files.readString", "Files.readAllLines", "Files.newInputStream",
            "IOUtils.toByteArray", "IOUtils.toString", "StreamUtils.copyToByteArray",
            "FileCopyUtils.copyToByteArray", "ByteStreams.toByteArray");

    /** Instance calls that read a stream whatever their receiver. */
    private static final Set<String> STREAM_READERS = Set.of("readAllBytes", "readNBytes");

    /** Upload types (multipart) and the calls that take their content. */
    private static final Set<String> UPLOAD_TYPES = Set.of(
            "org.springframework.web.multipart.MultipartFile", "jakarta.servlet.http.Part",
            "javax.servlet.http.Part", "org.springframework.http.codec.multipart.FilePart");
    private static final Set<String> UPLOAD_READERS = Set.of("getBytes", "getInputStream", "getResource", "content");

    /** Types constructed to read files. */
    private static final Set<String> CONTENT_STREAM_TYPES = Set.of(
            "java.io.FileInputStream", "java.io.FileReader", "java.io.RandomAccessFile");

    /** Field and value types that hold raw content rather than a reference to it. */
    private static final Set<String> CONTENT_TYPES = Set.of(
            "byte[]", "java.lang.Byte[]", "java.io.InputStream", "java.nio.ByteBuffer", BINARY_DATA,
            "org.springframework.web.multipart.MultipartFile");

    /** Packages whose types are plumbing, never a domain payload. */
    private static final List<String> NON_DOMAIN_PREFIXES = List.of(
            "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.azure.", "reactor.", "org.reactivestreams.",
            "org.apache.qpid.",
            "com.fasterxml.jackson.", "com.google.gson.", "org.springframework.", "io.netty.", "kotlin.",
            "com.microsoft.azure.functions.");

    /** A word every messaging package below contains: one scan of a file's text rules out nearly every file. */
    public static final String MESSAGING_MARKER = "azure";

    /** Packages whose imports mark a file as one that may send through Azure messaging. */
    private static final List<String> MESSAGING_PACKAGES = List.of(
            SERVICE_BUS, STORAGE_QUEUE, EVENT_GRID, EVENT_HUBS, "com.azure.core.models.CloudEvent", SPRING,
            SPRING_INTEGRATION);

    /**
     * A word every file using a Spring messaging framework over Azure contains, and the imports that
     * then make it a candidate: Stream's bridge and functional beans, JMS.
     */
    public static final String FRAMEWORK_MARKER = "org.springframework.";
    private static final List<String> FRAMEWORK_PACKAGES = List.of(SPRING_CLOUD_STREAM, SPRING_JMS);
    /** Functional beans bind to Stream destinations: {@code java.util.function} with {@code @Bean}. */
    public static final String FUNCTIONAL_BEANS_PACKAGE = "java.util.function";
    public static final String BEAN_ANNOTATION = "org.springframework.context.annotation.Bean";

    /** Message and option setters that matter to the rules. */
    public static final String SET_SESSION_ID = "setSessionId";
    public static final String SET_MESSAGE_ID = "setMessageId";
    private static final Set<String> PARTITION_SETTERS = Set.of("setPartitionKey", "setPartitionId");
    /** Storage queue Base64 encoding, chosen on the client builder. */
    private static final String BASE64_ENCODING = "BASE64";

    /** Artifact names of the libraries msglint reads calls of: a classpath without any cannot send. */
    private static final List<String> LIBRARY_ARTIFACTS = List.of(
            "azure-messaging-servicebus", "azure-messaging-eventgrid", "azure-messaging-eventhubs", "azure-storage-queue",
            "spring-messaging-azure", "azure-functions-java-library", "azure-core");
    /** Their packages as class-folder paths. */
    private static final List<String> LIBRARY_FOLDERS = List.of(
            "com/azure/messaging", "com/azure/storage/queue", "com/azure/spring/messaging",
            "com/microsoft/azure/functions", "com/azure/core/models");

    private SdkCatalog() {
    }

    public static List<String> libraryArtifacts() {
        return LIBRARY_ARTIFACTS;
    }

    public static List<String> libraryFolders() {
        return LIBRARY_FOLDERS;
    }

    public static boolean isPartitionSetter(String method) {
        return PARTITION_SETTERS.contains(method);
    }

    public static boolean isPayloadFactory(String method) {
        return PAYLOAD_FACTORIES.contains(method);
    }

    public static boolean isBuilderStep(String method) {
        return BUILDER_STEPS.contains(method);
    }

    /** {@code setHeader(name, value)} on a Spring message builder. */
    public static boolean isHeaderSetter(String method) {
        return HEADER_SETTER.equals(method);
    }

    /**
     * Whether a call on a message or event wrapper may be one of its setters, which return the
     * wrapper ({@code new ServiceBusMessage(..).setSessionId(..)}).
     */
    public static boolean mayBeWrapperSetter(String method) {
        for (String prefix : WRAPPER_SETTER_PREFIXES) {
            if (method.startsWith(prefix)) {
                return true;
            }
        }
        return method.equals(CLOUD_EVENT_ATTRIBUTE_SETTER);
    }

    /** Whether a call adds one payload to a batch ({@code tryAddMessage}, {@code tryAdd}). */
    public static boolean isBatchAdder(String method) {
        return BATCH_ADDERS.containsValue(method);
    }

    /**
     * The setter a Spring message header stands for ({@code setHeader(ServiceBusMessageHeaders.SESSION_ID, ..)}
     * is {@code setSessionId}), given the header argument as written.
     */
    public static Optional<String> setterForHeader(String header) {
        if (header.endsWith(SESSION_HEADER) && !header.endsWith("REPLY_TO_" + SESSION_HEADER)) {
            return Optional.of(SET_SESSION_ID);
        }
        if (header.endsWith(MESSAGE_ID_HEADER)) {
            return Optional.of(SET_MESSAGE_ID);
        }
        return PARTITION_HEADERS.stream().filter(header::endsWith).findFirst().map(h -> "setPartitionKey");
    }

    /** Whether a builder argument selects Base64 message encoding ({@code QueueMessageEncoding.BASE64}). */
    public static boolean isBase64Encoding(String method, String argument) {
        return method.equals("messageEncoding") && argument.endsWith(BASE64_ENCODING);
    }

    public static Optional<Client> client(String qualifiedType) {
        return Optional.ofNullable(CLIENTS_BY_TYPE.get(qualifiedType));
    }

    public static List<Client> clients() {
        return CLIENTS;
    }

    /** A cheap test before any resolution: could a call of this name send? */
    public static boolean isSendMethodName(String name) {
        return SEND_METHOD_NAMES.contains(name);
    }

    public static List<String> messagingPackages() {
        return MESSAGING_PACKAGES;
    }

    public static List<String> frameworkPackages() {
        return FRAMEWORK_PACKAGES;
    }

    public static Optional<Integer> wrapperPayloadArgument(String qualifiedType) {
        return Optional.ofNullable(WRAPPERS.get(qualifiedType));
    }

    public static Optional<String> batchAdder(String qualifiedType) {
        return Optional.ofNullable(BATCH_ADDERS.get(qualifiedType));
    }

    public static List<EntityMethod> entityMethods(Channel channel) {
        return ENTITY_METHODS.getOrDefault(channel, List.of());
    }

    public static String binaryDataType() {
        return BINARY_DATA;
    }

    /** How a report names a {@code BinaryData} factory call: {@code BinaryData.fromFile(...)}. */
    public static String binaryDataCall(String method) {
        return BINARY_DATA.substring(BINARY_DATA.lastIndexOf('.') + 1) + "." + method + "(...)";
    }

    public static Optional<Conversion> binaryDataFactory(String method) {
        return Optional.ofNullable(BINARY_DATA_FACTORIES.get(method));
    }

    public static boolean isSerializerMethod(String method) {
        return SERIALIZER_METHODS.contains(method);
    }

    public static boolean isStaticContentReader(String typeSimpleName, String method) {
        return STATIC_CONTENT_READERS.contains(typeSimpleName + "." + method);
    }

    public static boolean isStreamReader(String method) {
        return STREAM_READERS.contains(method);
    }

    public static boolean isUploadRead(String receiverType, String method) {
        return UPLOAD_TYPES.contains(receiverType) && UPLOAD_READERS.contains(method);
    }

    /** A cheap test before resolving the receiver: could a call of this name take an upload's content? */
    public static boolean mayBeUploadRead(String method) {
        return UPLOAD_READERS.contains(method);
    }

    public static boolean isContentStreamType(String type) {
        return CONTENT_STREAM_TYPES.contains(type);
    }

    /** Whether a send call, by its method name, schedules the delivery. */
    public static boolean isSchedulingSend(String method) {
        return SCHEDULING_SENDS.contains(method);
    }

    public static boolean isContentType(String type) {
        return CONTENT_TYPES.contains(type);
    }

    /** Whether a type can be a domain payload (not the JDK, not the SDK, not a serializer). */
    public static boolean isDomainType(String qualifiedType) {
        if (qualifiedType.endsWith("[]") || !qualifiedType.contains(".")) {
            return false;
        }
        // Vendors publish their sample applications under their own packages
        // (com.azure.spring.sample..., org.springframework.samples.petclinic...): those are applications.
        if (qualifiedType.contains(".sample.") || qualifiedType.contains(".samples.")) {
            return true;
        }
        return NON_DOMAIN_PREFIXES.stream().noneMatch(qualifiedType::startsWith);
    }

    /**
     * Every Azure class and method name this catalog knows (the SDK's and Spring Cloud Azure's, not
     * the JDK's, Jackson's or Spring's): no other part of msglint may spell them (a test in the
     * source front end checks).
     */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (Client client : CLIENTS) {
            names.add(client.type());
            names.add(client.simpleName());
            names.addAll(client.sendMethods().keySet());
        }
        for (String wrapper : WRAPPERS.keySet()) {
            names.add(wrapper);
            names.add(wrapper.substring(wrapper.lastIndexOf('.') + 1));
        }
        for (Map.Entry<String, String> batch : BATCH_ADDERS.entrySet()) {
            names.add(batch.getKey());
            names.add(batch.getValue());
        }
        for (List<EntityMethod> methods : ENTITY_METHODS.values()) {
            for (EntityMethod method : methods) {
                names.add(method.name());
            }
        }
        names.add(BINARY_DATA);
        names.addAll(BINARY_DATA_FACTORIES.keySet());
        names.addAll(MESSAGING_PACKAGES);
        names.addAll(List.of(SET_SESSION_ID, SET_MESSAGE_ID, CLOUD_EVENT_ATTRIBUTE_SETTER, SESSION_HEADER,
                MESSAGE_ID_HEADER, BASE64_ENCODING));
        names.addAll(PARTITION_SETTERS);
        names.addAll(PARTITION_HEADERS);
        names.addAll(LIBRARY_ARTIFACTS);
        names.addAll(LIBRARY_FOLDERS);
        return names;
    }
}
