package io.msglint.core.extract;

import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import io.msglint.rules.model.Via;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A receive site as one file shows it, with its bound payload types by name.
 *
 * @param clues     what its handler does with what it receives ({@link HandlerClues})
 * @param delegates the methods of other classes its handler hands its work to, read when linking
 */
public record RawReceive(SourceLocation location, Channel channel, Optional<String> entity, String api,
                         boolean trigger, List<String> boundTypes, Optional<ReceiveSite.ReceiveMode> mode,
                         boolean session, boolean polling, Set<Suppression> suppressions, Via via, List<Clue> clues,
                         List<Delegate> delegates) {

    public RawReceive {
        boundTypes = List.copyOf(boundTypes);
        suppressions = Set.copyOf(suppressions);
        clues = List.copyOf(clues);
        delegates = List.copyOf(delegates);
    }

    /** A receiver whose handler was read, or is not there to read. */
    public RawReceive(SourceLocation location, Channel channel, Optional<String> entity, String api,
                      boolean trigger, List<String> boundTypes, Optional<ReceiveSite.ReceiveMode> mode,
                      boolean session, boolean polling, Set<Suppression> suppressions, Via via,
                      HandlerClues.Reading handler) {
        this(location, channel, entity, api, trigger, boundTypes, mode, session, polling, suppressions, via,
                handler.clues(), handler.delegates());
    }

    /** The receiver with what the methods its handler delegates to do, as their files showed. */
    public RawReceive withDelegated(Map<Delegate, List<Clue>> delegated) {
        if (delegates.isEmpty()) {
            return this;
        }
        List<Clue> all = new ArrayList<>(clues);
        for (Delegate delegate : delegates) {
            all.addAll(delegated.getOrDefault(delegate, List.of()));
        }
        return new RawReceive(location, channel, entity, api, trigger, boundTypes, mode, session, polling,
                suppressions, via, all, delegates);
    }

    /** The same receiver reading another channel and entity, as the configuration names them. */
    public RawReceive on(Channel named, Optional<String> namedEntity) {
        return new RawReceive(location, named, namedEntity, api, trigger, boundTypes, mode, session, polling,
                suppressions, via, clues, delegates);
    }
}
