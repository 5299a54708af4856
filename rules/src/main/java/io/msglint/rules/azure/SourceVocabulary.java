package io.msglint.rules.azure;

import java.util.List;

/**
 * The words whose absence lets the source front end skip a method body before parsing: every SDK,
 * binding and serializer name the extractors read, and the plain-Java words they follow a payload
 * or a client through. A body that mentions none of them, assigns no field and is not called from
 * a kept body cannot contribute a fact.
 */
public final class SourceVocabulary {

    /** Words that make a method body relevant wherever they appear in it. */
    private static final List<String> BODY_WORDS = List.of(
            "send", "Send", "schedule", "enqueue", "receive", "process", "Builder", "build", "Client", "Template",
            "queueName", "topicName", "eventHubName", "connectionString", "getQueueClient", "BinaryData", "Message",
            "Event", "CloudEvent", "Batch", "tryAdd", "toObject", "readValue", "fromJson", "treeToValue",
            "convertValue", "writeValueAs", "toJson", "withPayload", "setValue", "Files.", "readAllBytes",
            "readNBytes", "getInputStream", "getBytes", "Stream", "Options", "Partition", "Session", "Transaction",
            "subscribe", "block", "azure", "Azure", "this.");

    /**
     * Words in a method's header that make its body matter: Azure Functions and Spring listeners
     * bind through them, and a bean method's body builds a client that others are given.
     */
    private static final List<String> HEADER_WORDS = List.of("Output", "Trigger", "FunctionName", "Listener", "@Bean",
            "@Produces");

    private SourceVocabulary() {
    }

    public static List<String> bodyWords() {
        return BODY_WORDS;
    }

    public static List<String> headerWords() {
        return HEADER_WORDS;
    }
}
