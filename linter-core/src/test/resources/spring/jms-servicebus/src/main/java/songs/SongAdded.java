package songs;

import io.msglint.annotations.Event;

/** A notification that a song joined the catalog. */
@Event
public record SongAdded(String songId) {
}
