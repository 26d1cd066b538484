package io.windowpane.erp;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How busy a customer's account is, for its sales rep: orders not yet fully shipped among the most recent ones
 * ({@code moreOpen} when the look did not reach the oldest open order), and the date of the last order.
 */
public record OrderActivity(String customerId, int openOrders, boolean moreOpen, LocalDate lastOrderDate,
        Instant readAt) {
}
