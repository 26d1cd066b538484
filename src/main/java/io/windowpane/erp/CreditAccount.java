package io.windowpane.erp;

import java.time.Instant;

/** A customer's credit standing: {@code available = creditLimit - balance - openOrders}, as the ERP reports it. */
public record CreditAccount(String customerId, Money creditLimit, Money balance, Money overdue, Money openOrders,
        Money available, CreditPolicy policy, Instant modifiedAt, Instant readAt) {

    /** What the ERP does with an order above the available credit. */
    public enum CreditPolicy {
        BLOCK, WARN, NONE
    }
}
