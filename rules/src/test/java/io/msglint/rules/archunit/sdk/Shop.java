package io.msglint.rules.archunit.sdk;

import io.msglint.annotations.Event;
import io.msglint.annotations.EventKind;
import io.msglint.annotations.Message;
import io.msglint.annotations.Receivers;

/** Payloads of the SDK-sending classes. */
public final class Shop {

    private Shop() {
    }

    @Message
    public record ChargeCard(String orderId, long cents) { }

    @Event
    public record PriceChanged(String sku, long cents) { }

    @Message(receivers = Receivers.MANY)
    public record StatementReady(String account) { }

    @Event(kind = EventKind.SERIES)
    public record ShelfReading(String shelf, int items) { }

    /** Neither message nor event by itself: the configuration says which. */
    public record AuditEntry(String text) { }

    @Message(transactional = true)
    public record TransferFunds(String from, String to, long cents) { }
}
