package io.windowpane.cart;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Money;
import io.windowpane.erp.Reading;
import io.windowpane.search.CatalogIndex;
import io.windowpane.web.QuantityInput;

/**
 * The quick-order pad: rows of SKU and quantity, each showing, as it is filled, the item's name, the buyer's
 * price at that quantity and what is available (through the cache; no credit, no quote), with SKU suggestions
 * from the search index while typing.
 */
@Service
class QuickOrderPad {

    /** What a filled row shows; {@code state} says which of the other fields mean something. */
    record Preview(String sku, String name, String uom, Money unitPrice, Money lineTotal, Integer available, State state) {
    }

    enum State {
        EMPTY, PRICED, INVALID_QUANTITY, UNKNOWN_SKU, DISCONTINUED, UNCONFIRMED
    }

    static final int ROWS = 5;
    static final int MAX_ROWS = 50;

    private final ErpReads reads;
    private final CatalogIndex index;

    QuickOrderPad(ErpReads reads, CatalogIndex index) {
        this.reads = reads;
        this.index = index;
    }

    Preview preview(String customerId, String typedSku, String typedQuantity) {
        String sku = typedSku == null ? "" : typedSku.strip().toUpperCase(Locale.ROOT);
        if (sku.isEmpty()) {
            return new Preview(sku, null, null, null, null, null, State.EMPTY);
        }
        try {
            Reading<Item> item = reads.items(List.of(sku)).get(sku);
            if (item == null) {
                return new Preview(sku, null, null, null, null, null, State.UNKNOWN_SKU);
            }
            Item found = item.value();
            if (found.discontinued()) {
                return new Preview(sku, found.name(), found.uom(), null, null, null, State.DISCONTINUED);
            }
            Integer quantity = QuantityInput.parse(typedQuantity).orElse(null);
            if (quantity == null) {
                return new Preview(sku, found.name(), found.uom(), null, null, null, State.INVALID_QUANTITY);
            }
            Reading<ContractPrice> price = reads.prices(customerId, List.of(sku)).get(sku);
            Reading<ItemStock> stock = reads.stock(List.of(sku)).get(sku);
            Money unit = price == null ? null : price.value().unitPriceFor(quantity);
            return new Preview(sku, found.name(), found.uom(), unit, unit == null ? null : unit.times(quantity),
                    stock == null ? null : stock.value().totalAvailable(), State.PRICED);
        } catch (ErpUnavailableException e) {
            return new Preview(sku, null, null, null, null, null, State.UNCONFIRMED);
        }
    }

    /** SKUs for what is typed in a row's SKU box (none until the index is ready). */
    List<CatalogIndex.Suggestion> suggestions(String typed) {
        return index.suggest(typed == null ? "" : typed.strip(), 8);
    }

    /** The filled rows as the quick order's text, one "SKU,quantity" line each, in order. */
    static String lines(List<String> skus, List<String> quantities) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < skus.size(); i++) {
            String sku = skus.get(i) == null ? "" : skus.get(i).strip();
            if (!sku.isEmpty()) {
                String quantity = i < quantities.size() && quantities.get(i) != null ? quantities.get(i).strip() : "";
                text.append(sku).append(',').append(quantity.isEmpty() ? "1" : quantity).append('\n');
            }
        }
        return text.toString();
    }
}
