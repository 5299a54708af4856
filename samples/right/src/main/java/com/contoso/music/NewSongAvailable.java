package com.contoso.music;

import io.msglint.annotations.Event;

/** "A new song is available", with the song's URL: a discrete event for whoever cares. */
@Event
public record NewSongAvailable(String songId, String title, String url) {
}
