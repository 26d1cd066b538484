package io.windowpane.catalog;

import io.windowpane.content.ProductContents;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Money;
import io.windowpane.erp.Reading;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.QuantityInput;

/**
 * A product page: the ERP item, the buyer's price breaks and the stock per warehouse (each with its age, or
 * unavailable), marketing content, and the price for the quantity the buyer is considering.
 */
public record ProductView(Item item, String categoryName, ErpPanel<Reading<ContractPrice>> price,
        ErpPanel<Reading<ItemStock>> stock, ProductContents.Detail content, QuantityPrice quantity) {

    public String headline() {
        return content != null && content.headline() != null ? content.headline() : item.name();
    }

    public Availability availability() {
        return stock.available() ? Availability.of(item, stock.value().value()) : null;
    }

    /**
     * The price of a quantity: the break that applies, and the line total. {@code invalid} when what was typed is
     * not a whole number of at least one (then {@code qty} is 1 and the input is shown with its error).
     */
    public record QuantityPrice(int qty, String typed, boolean invalid, Money unitPrice, Money lineTotal, Integer breakMinQty) {

        static QuantityPrice of(String typed, ContractPrice price) {
            Integer parsed = QuantityInput.parse(typed).orElse(null);
            int qty = parsed == null ? 1 : parsed;
            if (price == null) {
                return new QuantityPrice(qty, typed, parsed == null && typed != null, null, null, null);
            }
            Money unit = price.unitPriceFor(qty);
            Integer applies = price.breaks().stream().filter(b -> b.minQty() <= qty)
                    .map(ContractPrice.PriceBreak::minQty).max(Integer::compare).orElse(null);
            return new QuantityPrice(qty, typed, parsed == null && typed != null, unit, unit.times(qty), applies);
        }
    }
}
