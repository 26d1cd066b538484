package io.windowpane.catalog;

import java.util.List;

import io.windowpane.erp.Category;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.Freshness;

/**
 * A catalog page: the search, the rows, paging, and the age of prices and stock. {@code results} is
 * unavailable when the ERP could not answer the search and nothing was known of it.
 */
public record CatalogView(String query, String category, int page, CatalogSort sort, StockFilter stock, CatalogLayout layout,
        ErpPanel<Results> results, ErpPanel<List<Category>> categories) {

    /**
     * Why a list is not in the order or narrowed as asked: too many matches to sort by price or narrow by stock,
     * or the index not ready yet (the ERP's own order).
     */
    public enum SortNote {
        NONE, TOO_MANY_FOR_PRICE, TOO_MANY_FOR_STOCK, NOT_READY
    }

    /** The found items on this page, priced and stocked. */
    public record Results(List<CatalogRow> rows, long total, int page, int pageSize, Freshness items,
            Freshness prices, Freshness stock, boolean pricesUnavailable, boolean stockUnavailable, SortNote sortNote,
            String didYouMean, List<StockFilter.Warehouse> warehouses) {

        public int pageCount() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pageCount();
        }
    }
}
