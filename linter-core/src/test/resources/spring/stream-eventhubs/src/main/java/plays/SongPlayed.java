package plays;

import io.msglint.annotations.Event;
import io.msglint.annotations.EventKind;

/** Telemetry: one of a stream of plays. */
@Event(kind = EventKind.SERIES)
public record SongPlayed(String trackId, long at) {
}
