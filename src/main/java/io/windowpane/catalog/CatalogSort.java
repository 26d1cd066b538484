package io.windowpane.catalog;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a catalog list is ordered. Relevance, name and SKU come from the portal's index. Price is the buyer's own
 * price for one unit: the index cannot hold it (contract prices are per customer and live in the ERP), so the
 * catalog reads the prices of every match through the cache and sorts them, as long as the search matches at
 * most {@link #PRICE_SORT_LIMIT} products; beyond that it keeps relevance and asks the buyer to narrow the search.
 */
public enum CatalogSort {
    RELEVANCE, NAME, SKU, PRICE;

    public static final int PRICE_SORT_LIMIT = 1000;

    static CatalogSort of(String typed) {
        return Arrays.stream(values()).filter(sort -> sort.name().equalsIgnoreCase(typed == null ? "" : typed.strip()))
                .findFirst().orElse(RELEVANCE);
    }

    /** As it appears in links ({@code ?sort=price}); relevance, the default, is left out. */
    public String param() {
        return this == RELEVANCE ? null : name().toLowerCase(Locale.ROOT);
    }
}
