package com.contoso.music;

import io.msglint.annotations.Message;

/**
 * Claim check: the audio stays in Blob storage, the message names it. The transcoder must
 * process every request, so it is a message on a Service Bus queue.
 */
@Message
public record TranscodeRequest(String songId, String blobUrl, String format) {
}
