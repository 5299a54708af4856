package com.contoso.music;

import io.msglint.annotations.Message;

/** A song the mobile app uploads: the web API must store it, so it is a message. */
@Message
public record SongUpload(String songId, String title, String artist, byte[] audio) {
}
