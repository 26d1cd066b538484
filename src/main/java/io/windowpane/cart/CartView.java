package io.windowpane.cart;

import java.util.List;

import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Money;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.Freshness;

/**
 * The cart as the buyer sees it, priced now from the ERP: lines, subtotal, and the credit it must fit in.
 *
 * @param pricesUnavailable true when the ERP could not price the cart (the lines are still listed)
 */
public record CartView(List<Row> rows, Money subtotal, Freshness prices, boolean pricesUnavailable,
        ErpPanel<CreditAccount> credit) {

    /** How a line's quantity compares with what the ERP has. */
    public enum StockWarning {
        NONE, SHORT, BACKORDERED, DISCONTINUED, UNKNOWN_ITEM
    }

    /** One line: what it is, how many, at which unit price (by quantity break), and any stock warning. */
    public record Row(String sku, String name, String uom, int quantity, Money unitPrice, Money lineTotal,
            Integer available, StockWarning warning) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The subtotal alone already exceeds the available credit (tax comes on top at checkout). */
    public boolean exceedsCredit() {
        return subtotal != null && credit.available() && subtotal.compareTo(credit.value().available()) > 0;
    }

    public Money shortfall() {
        return exceedsCredit() ? subtotal.minus(credit.value().available()) : null;
    }
}
