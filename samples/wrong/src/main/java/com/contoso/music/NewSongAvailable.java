package com.contoso.music;

import io.msglint.annotations.Event;

/** "A new song is available": every app instance may care, or none. */
@Event
public record NewSongAvailable(String songId, String title, String url) {
}
