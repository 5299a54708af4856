package com.contoso.music;

import io.msglint.annotations.Event;
import io.msglint.annotations.EventKind;

/** One play of a song: telemetry, analysed as a stream. */
@Event(kind = EventKind.SERIES)
public record SongPlayed(String songId, String userId, long timestamp) {
}
