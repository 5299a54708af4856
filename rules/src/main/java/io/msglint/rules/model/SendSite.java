package io.msglint.rules.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call that sends something through an Azure messaging service.
 *
 * @param location     where the call is
 * @param channel      the service and, where known, the kind of entity
 * @param entity       the queue, topic or hub name where a literal shows it
 * @param api          the SDK call, such as {@code "EventGridPublisherClient.sendEvent"}
 * @param payloads     what the call sends, one entry per distinct payload found
 * @param traits       how the send is made (sessions, ids, loops, error handling, sizes)
 * @param suppressions the rules suppressed around the call
 * @param path         the calls from {@code location}, where the payload enters the transport as the
 *                     user wrote it, through the project's own methods to the SDK or framework call;
 *                     empty when the payload is handed to the SDK right there
 * @param via          the SDK itself or the framework over it
 */
public record SendSite(SourceLocation location, Channel channel, Optional<String> entity, String api,
                       List<Payload> payloads, SendTraits traits, Set<Suppression> suppressions,
                       List<SourceLocation> path, Via via) {

    public SendSite {
        payloads = List.copyOf(payloads);
        suppressions = Set.copyOf(suppressions);
        path = List.copyOf(path);
    }

    /** A send the SDK is called for right where the payload is. */
    public SendSite(SourceLocation location, Channel channel, Optional<String> entity, String api,
                    List<Payload> payloads, SendTraits traits, Set<Suppression> suppressions) {
        this(location, channel, entity, api, payloads, traits, suppressions, List.of(), Via.SDK);
    }

    public String entityOrChannel() {
        return entity.isPresent() ? channel.description() + " '" + entity.get() + "'" : channel.description();
    }

    /** Whether one of its payloads is of this kind. */
    public boolean carries(PayloadKind kind) {
        for (Payload payload : payloads) {
            if (payload.kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
