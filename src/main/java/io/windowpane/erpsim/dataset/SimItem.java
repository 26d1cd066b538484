package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An item of the simulated catalog, in the shape of the ERP contract. */
public record SimItem(String sku, String name, String category, String uom, BigDecimal listPrice, String currency,
        boolean backorderable, boolean discontinued, @JsonIgnore String searchText) {

    boolean matches(String[] terms) {
        for (String term : terms) {
            if (!searchText.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
