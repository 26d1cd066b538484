package io.windowpane.erp;

/** A search of a customer's orders; status and text (order or PO number) are optional; pages from 1. */
public record OrderQuery(String customerId, OrderStatus status, String text, int page, int size) {
}
