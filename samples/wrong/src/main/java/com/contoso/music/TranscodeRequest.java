package com.contoso.music;

import io.msglint.annotations.Message;

/** The transcoder must convert the song: a message. */
@Message
public record TranscodeRequest(String songId, String blobUrl, String format) {
}
