package com.contoso.music;

import io.msglint.annotations.Message;
import io.msglint.annotations.Receivers;

/** Accounting and the artist portal must each process every statement. */
@Message(receivers = Receivers.MANY)
public record RoyaltyStatement(String artistId, String period, long cents) {
}
