package io.windowpane.erp;

import java.time.LocalDate;

/**
 * A search of a customer's orders; status, text (order or PO number) and the order-date range (inclusive)
 * are optional; pages from 1.
 */
public record OrderQuery(String customerId, OrderStatus status, String text, LocalDate from, LocalDate to, int page,
        int size) {
}
