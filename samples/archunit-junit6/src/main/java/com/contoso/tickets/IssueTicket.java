package com.contoso.tickets;

import io.msglint.annotations.Message;

/** Work: exactly one desk must issue the ticket. */
@Message
public record IssueTicket(String showId, String seat) {
}
