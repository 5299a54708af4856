package io.msglint.rules.classify;

import io.msglint.rules.azure.ReceiveCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the calls a receiving handler makes say about what it does with what it receives: the
 * words behind the receiver's clues in rules/docs/inference.md. Names only: a handler is read
 * as a reviewer reads it, without resolving every call.
 */
public final class HandlerVocabulary {

    /** Writes that change records: repositories, JPA, JDBC, Cosmos DB, MongoDB. */
    private static final Set<String> STATE_CHANGES = Set.of("update", "updateAll", "updateById", "updateStatus",
            "delete", "deleteById", "deleteAll", "deleteAllById", "deleteItem", "replaceItem", "patchItem",
            "executeUpdate", "batchUpdate", "updateOne", "updateMany", "deleteOne", "deleteMany", "findOneAndUpdate",
            "findOneAndDelete", "findAndModify", "replaceOne");
    /** Setters of an entity's status, and the fields they set. */
    private static final Set<String> STATUS_SETTERS = Set.of("setStatus", "setState");
    private static final Set<String> STATUS_FIELDS = Set.of("status", "state");
    /** Writes that store something new. */
    private static final Set<String> STORES = Set.of("save", "saveAll", "saveAndFlush", "persist", "insert",
            "insertOne", "insertMany", "insertAll", "createItem", "upsertItem", "upsert", "store");
    /** HTTP calls that ask another system to act (RestTemplate; WebClient and RestClient take no arguments). */
    private static final Set<String> HTTP_WRITES = Set.of("postForObject", "postForEntity", "postForLocation",
            "patchForObject");
    private static final Set<String> HTTP_WRITE_BUILDERS = Set.of("post", "put", "patch", "delete");
    /** {@code java.net.http.HttpRequest.Builder}'s writing methods. */
    private static final Set<String> JAVA_HTTP_WRITES = Set.of("POST", "PUT", "DELETE");
    /** Logging calls, on a scope named like a logger or {@code System.out}. */
    private static final Set<String> LOG_CALLS = Set.of("trace", "debug", "info", "warn", "warning", "error",
            "fine", "finer", "finest", "severe", "log", "println", "print", "printf");
    private static final Set<String> LOGGERS = Set.of("log", "logger", "out", "err", "slf4j");
    /** Counting and in-memory views: a dashboard, a cache, a websocket or SSE push. */
    private static final Set<String> OBSERVING = Set.of("increment", "incrementAndGet", "getAndIncrement",
            "addAndGet", "getAndAdd", "decrementAndGet", "record", "observe", "inc", "mark", "put", "putIfAbsent",
            "add", "addAll", "offer", "set", "lazySet", "compute", "computeIfAbsent", "computeIfPresent",
            "accumulate", "tryEmitNext", "emitNext", "onNext", "next", "addFirst", "addLast", "push");
    /** Calls that neither act nor observe: reading, converting, composing. */
    private static final Set<String> NEUTRAL = Set.of("toString", "equals", "hashCode", "valueOf", "format", "of",
            "ofNullable", "stream", "map", "filter", "forEach", "collect", "toList", "orElse", "orElseThrow",
            "ifPresent", "isPresent", "isEmpty", "size", "length", "trim", "substring", "toUpperCase", "toLowerCase",
            "contains", "startsWith", "endsWith", "replace", "split", "join", "name", "ordinal", "apply", "accept",
            "toObject", "readValue", "fromJson", "treeToValue", "convertValue", "toBytes", "toStream", "asList",
            "now", "parse", "getPayload", "getBody", "getData");
    /** Reductions of many readings to one figure. */
    private static final Set<String> AGGREGATES = Set.of("average", "getAverage", "summaryStatistics",
            "averagingDouble", "averagingInt", "averagingLong", "summingDouble", "summingInt", "summingLong",
            "summarizingDouble", "summarizingInt", "summarizingLong", "sum");
    /** Words naming a place where failures are kept. */
    private static final List<String> FAILURE_PLACES = List.of("deadletter", "dead_letter", "poison", "failed",
            "failure", "quarantine", "parking");
    /** Scope names of in-memory collections and meters, whose update or delete is no record written. */
    private static final List<String> IN_MEMORY_SCOPES = List.of("list", "map", "set", "cache", "counter", "meter",
            "metric", "registry", "view", "buffer", "window", "queue", "sink", "gauge");

    private HandlerVocabulary() {
    }

    /** A retry policy on the handler, by the annotation's simple name: Azure Functions', Spring Retry's. */
    public static boolean isRetryAnnotation(String simpleName) {
        return ReceiveCatalog.isRetryPolicy(simpleName) || simpleName.equals("Retryable");
    }

    /** A write that changes records, on a scope that is not an in-memory collection (status setters apart). */
    public static boolean changesState(String scope, String method) {
        return STATE_CHANGES.contains(method) && !inMemory(scope);
    }

    public static boolean isStatusSetter(String method) {
        return STATUS_SETTERS.contains(method);
    }

    /** A write that stores something; JPA's {@code merge(entity)} too, not a map's {@code merge(k, v, f)}. */
    public static boolean stores(String scope, String method, int arguments) {
        return (STORES.contains(method) || method.equals("merge") && arguments == 1) && !inMemory(scope);
    }

    /** An entity's status field: {@code order.status = PAID}. */
    public static boolean isStatusField(String field) {
        return STATUS_FIELDS.contains(field);
    }

    public static boolean isHttpWrite(String method, int arguments) {
        return HTTP_WRITES.contains(method) || JAVA_HTTP_WRITES.contains(method)
                || arguments == 0 && HTTP_WRITE_BUILDERS.contains(method);
    }

    public static boolean logs(String scope, String method) {
        return LOG_CALLS.contains(method) && LOGGERS.contains(scope.toLowerCase(Locale.ROOT));
    }

    /** Logging, counting or an in-memory update. */
    public static boolean observes(String scope, String method) {
        return logs(scope, method) || OBSERVING.contains(method);
    }

    /** Calls that say nothing either way: getters, conversions, stream plumbing, receiving, acknowledgements. */
    public static boolean isNeutral(String method) {
        return NEUTRAL.contains(method) || ReceiveCatalog.isAcknowledgement(method) || ReceiveCatalog.mayReceive(method)
                || isGetter(method);
    }

    public static boolean aggregates(String method) {
        return AGGREGATES.contains(method);
    }

    /** A call that puts something somewhere to keep: a store, or a send onward. Counting keeps nothing. */
    public static boolean keeps(String scope, String method) {
        return STORES.contains(method) || method.startsWith("send") || method.startsWith("publish")
                || changesState(scope, method);
    }

    /** Whether code names a place where failures are kept: {@code deadLetterRepository}, {@code poisonQueue}. */
    public static boolean namesFailurePlace(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return FAILURE_PLACES.stream().anyMatch(lower::contains);
    }

    private static boolean inMemory(String scope) {
        String lower = scope.toLowerCase(Locale.ROOT);
        return IN_MEMORY_SCOPES.stream().anyMatch(lower::endsWith);
    }

    private static boolean isGetter(String method) {
        for (String prefix : List.of("get", "is", "has")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return true;
            }
        }
        return false;
    }
}
