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

    /**
     * How a line's quantity compares with what the ERP has. UNKNOWN_ITEM: the ERP answered and has no such item;
     * UNCONFIRMED: the ERP did not answer and the item is not known from before.
     */
    public enum StockWarning {
        NONE, SHORT, BACKORDERED, DISCONTINUED, UNKNOWN_ITEM, UNCONFIRMED
    }

    /** One line: what it is, how many, at which unit price (by quantity break), and any stock warning. */
    public record Row(String sku, String name, String uom, int quantity, Money unitPrice, Money lineTotal,
            Integer available, StockWarning warning) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Checkout needs the ERP: not offered while prices or some items could not be read from it. */
    public boolean waitingForErp() {
        return pricesUnavailable || rows.stream().anyMatch(row -> row.warning() == StockWarning.UNCONFIRMED);
    }

    /** The subtotal alone already exceeds the available credit (tax comes on top at checkout). */
    public boolean exceedsCredit() {
        return subtotal != null && credit.available() && subtotal.compareTo(credit.value().available()) > 0;
    }

    public Money shortfall() {
        return exceedsCredit() ? subtotal.minus(credit.value().available()) : null;
    }
}
