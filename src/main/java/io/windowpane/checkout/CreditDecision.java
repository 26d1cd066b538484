package io.windowpane.checkout;

import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.Money;

/**
 * Whether an order may go to the ERP as far as credit goes: blocked when the customer is blocked for orders,
 * when the order's currency is not the account's, or when the total (tax included, as the ERP quoted it) exceeds
 * the credit left: the ERP's available credit less the orders the portal accepted that the ERP has not yet.
 * By default that blocks whatever credit policy the ERP reports; following the ERP's policy is a setting.
 *
 * @param inFlight orders accepted by the portal and not yet by the ERP, counted against the available credit
 */
public record CreditDecision(Outcome outcome, Money orderTotal, CreditAccount account, Money inFlight) {

    /** The outcome and, for a block, its reason. */
    public enum Outcome {
        ALLOWED, CUSTOMER_BLOCKED, CURRENCY_MISMATCH, OVER_CREDIT
    }

    static CreditDecision of(Customer.OrderBlock block, CreditAccount account, Money orderTotal, Money inFlight,
            CheckoutProperties.CreditBreach breach) {
        if (block.forbidsOrders()) {
            return new CreditDecision(Outcome.CUSTOMER_BLOCKED, orderTotal, account, inFlight);
        }
        if (!orderTotal.currency().equals(account.available().currency())
                || !inFlight.currency().equals(account.available().currency())) {
            return new CreditDecision(Outcome.CURRENCY_MISMATCH, orderTotal, account, inFlight);
        }
        boolean over = orderTotal.compareTo(account.available().minus(inFlight)) > 0;
        boolean blocks = breach == CheckoutProperties.CreditBreach.BLOCK || account.policy() == CreditAccount.CreditPolicy.BLOCK;
        return new CreditDecision(over && blocks ? Outcome.OVER_CREDIT : Outcome.ALLOWED, orderTotal, account, inFlight);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    /** The credit this order may use: the ERP's available credit less what is in flight. */
    public Money usable() {
        return account.available().minus(inFlight);
    }

    /** How much the order is above the usable credit (zero when it fits). */
    public Money shortfall() {
        Money over = orderTotal.minus(usable());
        return over.isNegative() ? Money.zero(orderTotal.currency()) : over;
    }
}
