package com.contoso.music;

import io.msglint.annotations.Message;

/** A subscription invoice: a re-sent copy must not bill the listener twice. */
@Message(deduplicate = true)
public record Invoice(String invoiceId, String userId, long cents) {
}
