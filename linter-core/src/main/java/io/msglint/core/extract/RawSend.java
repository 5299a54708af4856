package io.msglint.core.extract;

import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Content;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import io.msglint.rules.model.Via;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A send site as one file shows it, before its payload types are classified: what the cache
 * keeps per file, and what {@link Linker} turns into a {@link io.msglint.rules.model.SendSite}.
 *
 * @param payloadTypes the domain types found in the payload, by name
 * @param content      evidence of raw content found in the payload expression
 * @param via          the SDK itself or the framework over it
 * @param forward      the parameter of the enclosing method the payload comes from, if it does: the
 *                     method's callers hand the payload over
 * @param injection    how the client is given to the code, when it is injected rather than built here:
 *                     its entity is then the bean's
 */
public record RawSend(SourceLocation location, Channel channel, Optional<String> entity, String api,
                      List<String> payloadTypes, List<Content> content, SendTraits traits, Set<Suppression> suppressions,
                      Via via, Optional<Forward> forward, Optional<Injection> injection) {

    /** The send with the channel and entity of the bean its client was found to be. */
    public RawSend withClient(Channel refined, Optional<String> named, boolean base64Encoded) {
        SendTraits t = traits;
        SendTraits withEncoding = new SendTraits(t.sessionId(), t.messageId(), t.transaction(), t.partitioned(), t.loop(),
                t.handling(), t.items(), t.provableBytes(), t.base64() || base64Encoded);
        return new RawSend(location, refined, named, api, payloadTypes, content, withEncoding, suppressions, via,
                forward, Optional.empty());
    }

    public RawSend {
        payloadTypes = List.copyOf(payloadTypes);
        content = List.copyOf(content);
        suppressions = Set.copyOf(suppressions);
    }
}
