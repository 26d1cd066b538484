package io.windowpane.checkout;

import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.Money;

/**
 * Whether an order may go to the ERP as far as credit goes: blocked when the customer is blocked for orders,
 * when the order's currency is not the account's, or when the ERP's policy is BLOCK and the total (tax
 * included, as the ERP quoted it) exceeds the live available credit.
 */
public record CreditDecision(Outcome outcome, Money orderTotal, CreditAccount account) {

    /** The outcome and, for a block, its reason. */
    public enum Outcome {
        ALLOWED, CUSTOMER_BLOCKED, CURRENCY_MISMATCH, OVER_CREDIT
    }

    static CreditDecision of(Customer.OrderBlock block, CreditAccount account, Money orderTotal) {
        if (block.forbidsOrders()) {
            return new CreditDecision(Outcome.CUSTOMER_BLOCKED, orderTotal, account);
        }
        if (!orderTotal.currency().equals(account.available().currency())) {
            return new CreditDecision(Outcome.CURRENCY_MISMATCH, orderTotal, account);
        }
        boolean over = orderTotal.compareTo(account.available()) > 0;
        return new CreditDecision(over && account.policy() == CreditAccount.CreditPolicy.BLOCK ? Outcome.OVER_CREDIT
                : Outcome.ALLOWED, orderTotal, account);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    /** How much the order is above the available credit (zero when it fits). */
    public Money shortfall() {
        Money over = orderTotal.minus(account.available());
        return over.isNegative() ? Money.zero(orderTotal.currency()) : over;
    }
}
