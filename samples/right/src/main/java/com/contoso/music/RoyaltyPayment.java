package com.contoso.music;

import io.msglint.annotations.Message;

/** Paid together with its statement, or not at all. */
@Message(transactional = true)
public record RoyaltyPayment(String artistId, String period, long cents) {
}
