package io.windowpane.catalog;

import io.windowpane.content.ProductContents;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Money;

/**
 * One product in a catalog list: the ERP item, the buyer's price and the stock (either may be missing when the
 * ERP did not answer for it), and marketing content when there is some.
 */
public record CatalogRow(Item item, ContractPrice price, ItemStock stock, ProductContents.Summary content) {

    public Money unitPrice() {
        return price == null ? null : price.unitPriceFor(1);
    }

    public boolean hasQuantityBreaks() {
        return price != null && price.hasQuantityBreaks();
    }

    public Integer totalAvailable() {
        return stock == null ? null : stock.totalAvailable();
    }

    public Availability availability() {
        return stock == null ? null : Availability.of(item, stock);
    }

    public String headline() {
        return content != null && content.headline() != null ? content.headline() : item.name();
    }
}
