package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's credit account: {@code available = creditLimit - balance - openOrders}; the balance is the sum of
 * the open invoice amounts, the open orders those not invoiced yet.
 */
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

    SimCredit withLimit(BigDecimal newLimit, Instant at) {
        return of(customerId, currency, newLimit, balance, overdue, openOrders, policy, at);
    }

    /** The account with the balance and overdue amount its invoices add up to. */
    SimCredit withReceivables(BigDecimal newBalance, BigDecimal newOverdue) {
        return of(customerId, currency, creditLimit, newBalance, newOverdue, openOrders, policy, modifiedAt);
    }

    SimCredit withOpenOrders(BigDecimal newOpenOrders, Instant at) {
        return of(customerId, currency, creditLimit, balance, overdue, newOpenOrders, policy, at);
    }
}
