package io.msglint.core.extract;

import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import io.msglint.rules.model.Via;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A receive site as one file shows it, with its bound payload types by name.
 *
 * @param clues what its handler does with what it receives ({@link HandlerClues})
 */
public record RawReceive(SourceLocation location, Channel channel, Optional<String> entity, String api,
                         boolean trigger, List<String> boundTypes, Optional<ReceiveSite.ReceiveMode> mode,
                         boolean session, boolean polling, Set<Suppression> suppressions, Via via, List<Clue> clues) {

    public RawReceive {
        boundTypes = List.copyOf(boundTypes);
        suppressions = Set.copyOf(suppressions);
        clues = List.copyOf(clues);
    }

    /** The same receiver reading another channel and entity, as the configuration names them. */
    public RawReceive on(Channel named, Optional<String> namedEntity) {
        return new RawReceive(location, named, namedEntity, api, trigger, boundTypes, mode, session, polling,
                suppressions, via, clues);
    }
}
