package com.contoso.music;

import io.msglint.annotations.Message;

/** A studio master sent for mastering, audio included: up to 512 KiB. */
@Message(maxSizeKb = 512)
public record MasterTrack(String songId, byte[] audio) {
}
