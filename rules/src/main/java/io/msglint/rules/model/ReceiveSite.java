package io.msglint.rules.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Code that receives from an Azure messaging service: an SDK receiver or processor, or an
 * Azure Functions trigger.
 *
 * @param api        what receives, such as {@code "@EventGridTrigger"} or {@code "ServiceBusProcessorClient"}
 * @param trigger    an Azure Functions trigger (the platform receives; the code is only the handler)
 * @param boundTypes the payload types the handler binds or deserializes
 * @param mode       Service Bus receive mode, where the code shows it
 * @param session    a session receiver or processor
 * @param polling    a hand-written loop that receives and sleeps
 * @param via        the SDK itself or the framework over it
 * @param clues      what the handler does with what it receives that tells a message from an event
 */
public record ReceiveSite(SourceLocation location, Channel channel, Optional<String> entity, String api,
                          boolean trigger, List<PayloadType> boundTypes, Optional<ReceiveMode> mode,
                          boolean session, boolean polling, Set<Suppression> suppressions, Via via,
                          List<Clue> clues) {

    /** Service Bus receive modes. */
    public enum ReceiveMode { PEEK_LOCK, RECEIVE_AND_DELETE }

    public ReceiveSite {
        boundTypes = List.copyOf(boundTypes);
        suppressions = Set.copyOf(suppressions);
        clues = List.copyOf(clues);
    }

    /** A receiver whose handler the front end did not read. */
    public ReceiveSite(SourceLocation location, Channel channel, Optional<String> entity, String api,
                       boolean trigger, List<PayloadType> boundTypes, Optional<ReceiveMode> mode,
                       boolean session, boolean polling, Set<Suppression> suppressions, Via via) {
        this(location, channel, entity, api, trigger, boundTypes, mode, session, polling, suppressions, via, List.of());
    }

    public String entityOrChannel() {
        return entity.isPresent() ? channel.description() + " '" + entity.get() + "'" : channel.description();
    }
}
