package io.windowpane.lists;

import java.util.List;

import io.windowpane.erp.Money;
import io.windowpane.web.Freshness;

/**
 * A list priced for the buyer today, through the read-through cache: each line's unit price at its quantity
 * (quantity breaks applied) and what is available now.
 */
public record ListView(ShoppingLists.Summary list, List<Row> rows, Money total, Freshness prices, Freshness stock,
        boolean pricesUnavailable) {

    /** How a line stands today. */
    public enum Status {
        AVAILABLE, SHORT, DISCONTINUED, UNKNOWN_ITEM, UNCONFIRMED
    }

    public record Row(String sku, String name, String uom, int quantity, String note, Money unitPrice, Money lineTotal,
            Integer available, Status status) {

        /** Whether the line can go to the cart as it is. */
        public boolean orderable() {
            return status != Status.DISCONTINUED && status != Status.UNKNOWN_ITEM;
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
