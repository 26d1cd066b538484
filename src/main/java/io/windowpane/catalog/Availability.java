package io.windowpane.catalog;

import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;

/** How a stock figure reads at a glance. */
public enum Availability {
    IN_STOCK, LOW, OUT, BACKORDER, DISCONTINUED;

    /** Below this many units across all warehouses, stock shows as low. */
    static final int LOW_BELOW = 10;

    static Availability of(Item item, ItemStock stock) {
        if (item.discontinued()) {
            // whatever is left in a warehouse is not for sale
            return DISCONTINUED;
        }
        int available = stock.totalAvailable();
        if (available <= 0) {
            return item.backorderable() ? BACKORDER : OUT;
        }
        return available < LOW_BELOW ? LOW : IN_STOCK;
    }
}
