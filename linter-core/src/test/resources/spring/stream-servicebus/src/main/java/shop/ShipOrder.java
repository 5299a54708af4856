package shop;

import io.msglint.annotations.Message;

/** Work that must be done exactly by one shipper. */
@Message
public record ShipOrder(String orderId) {
}
