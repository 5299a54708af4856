package com.contoso.music.messaging;

import io.msglint.annotations.Event;

/** A notification: whoever cares may react; the publisher expects nothing. */
@Event
public record SongPublished(String songId, String url) {
}
