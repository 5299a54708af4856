package shop;

import io.msglint.annotations.Event;

/** A notification: whoever cares about prices reacts; the sender expects nothing. */
@Event
public record PriceChanged(String sku, long cents) {
}
