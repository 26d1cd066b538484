package io.windowpane.catalog;

import io.windowpane.erp.ItemStock;

/**
 * What the buyer narrows the catalog to by stock: everything, what is available in any warehouse ({@code any}), or
 * what is available in one warehouse (its code). Stock is ERP data that changes with every order, so it is not in
 * the index: the catalog reads it live through the cache, bounded like price sorting ({@link CatalogSort#PRICE_SORT_LIMIT}).
 */
public record StockFilter(String value) {

    /** A warehouse the filter can name. */
    public record Warehouse(String code, String name) {
    }

    static final StockFilter ALL = new StockFilter(null);
    static final String ANY = "any";

    static StockFilter of(String typed) {
        String value = typed == null ? "" : typed.strip();
        return value.isEmpty() || value.length() > 40 ? ALL : new StockFilter(value);
    }

    public boolean isAll() {
        return value == null;
    }

    public boolean isAny() {
        return ANY.equalsIgnoreCase(value);
    }

    /** The warehouse code, when one is chosen. */
    public String warehouse() {
        return isAll() || isAny() ? null : value;
    }

    boolean matches(ItemStock stock) {
        if (isAll()) {
            return true;
        }
        if (stock == null) {
            return false;
        }
        return stock.warehouses().stream().anyMatch(w -> w.available() > 0 && (isAny() || w.warehouse().equalsIgnoreCase(value)));
    }
}
