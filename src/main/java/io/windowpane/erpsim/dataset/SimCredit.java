package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer's credit account: {@code available = creditLimit - balance - openOrders}. */
public record SimCredit(String customerId, String currency, BigDecimal creditLimit, BigDecimal balance,
        BigDecimal overdue, BigDecimal openOrders, BigDecimal available, Policy policy, Instant modifiedAt) {

    public enum Policy {
        BLOCK, WARN, NONE
    }

    static SimCredit of(String customerId, String currency, BigDecimal creditLimit, BigDecimal balance,
            BigDecimal overdue, BigDecimal openOrders, Policy policy, Instant at) {
        return new SimCredit(customerId, currency, creditLimit, balance, overdue, openOrders,
                creditLimit.subtract(balance).subtract(openOrders), policy, at);
    }

    SimCredit withLimitAndBalance(BigDecimal newLimit, BigDecimal newBalance, Instant at) {
        return of(customerId, currency, newLimit, newBalance, overdue.min(newBalance), openOrders, policy, at);
    }

    SimCredit withOpenOrders(BigDecimal newOpenOrders, Instant at) {
        return of(customerId, currency, creditLimit, balance, overdue, newOpenOrders, policy, at);
    }
}
