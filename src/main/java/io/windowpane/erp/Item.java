package io.windowpane.erp;

import java.time.Instant;

/** An item of the ERP's catalog, with its list price. */
public record Item(String sku, String name, String category, String uom, Money listPrice, boolean backorderable,
        boolean discontinued, Instant readAt) {
}
