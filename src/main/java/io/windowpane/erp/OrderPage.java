package io.windowpane.erp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of a customer's orders, newest first. */
public record OrderPage(List<OrderSummary> orders, int page, int size, long total, Instant readAt) {

    /** How many pages the orders fill (at least one, for "page 1 of 1" when there are none). */
    public int pageCount() {
        return (int) Math.max(1, (total + Math.max(1, size) - 1) / Math.max(1, size));
    }

    /** An order as the history list shows it. */
    public record OrderSummary(String number, String customerPoNumber, OrderStatus status, LocalDate orderDate,
            Money total, String placedBy, SalesAgent salesAgent) {
    }
}
