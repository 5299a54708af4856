package io.msglint.core.inventory;

import io.msglint.rules.model.Channel;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Via;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One place where a payload enters or leaves Azure messaging, as {@code msglint sites} lists it.
 *
 * @param location where the payload enters the transport as the user wrote it (the outermost project
 *                 call that hands it over), or the receiving handler
 * @param api      the SDK call, binding or listener at the end of the path
 * @param payload  the payload type's name, when the code shows one
 * @param kind     MESSAGE, EVENT, or UNCLASSIFIED (reported as UNKNOWN)
 * @param path     the calls from {@code location} to the SDK or framework call
 * @param evidence why the payload is of its kind: the declaration, the pattern, or the clues with
 *                 their places, strongest first (empty when nothing says)
 */
public record Site(Direction direction, SourceLocation location, Channel channel, Optional<String> entity, String api,
                   Optional<String> payload, PayloadKind kind, KindSource kindSource, Via via,
                   List<SourceLocation> path, List<String> evidence) {

    public enum Direction {
        SEND, RECEIVE;

        public String reportName() {
            return this == SEND ? "send" : "receive";
        }
    }

    /** The contract's order: file, line, column; then direction and payload, so the order is total. */
    public static final Comparator<Site> ORDER = new Order();

    public Site {
        path = List.copyOf(path);
        evidence = List.copyOf(evidence);
    }

    /** The kind as reports name it: MESSAGE, EVENT or UNKNOWN. */
    public String kindName() {
        return kind == PayloadKind.UNCLASSIFIED ? "UNKNOWN" : kind.name();
    }

    private static final class Order implements Comparator<Site> {

        @Override
        public int compare(Site a, Site b) {
            int order = a.location.compareTo(b.location);
            if (order == 0) {
                order = a.direction.compareTo(b.direction);
            }
            if (order == 0) {
                order = a.payload.orElse("").compareTo(b.payload.orElse(""));
            }
            return order != 0 ? order : a.api.compareTo(b.api);
        }
    }
}
