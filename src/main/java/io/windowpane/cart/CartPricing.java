package io.windowpane.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Money;
import io.windowpane.erp.Reading;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.Freshness;

/**
 * Prices a cart for display: items, prices and stock through the read-through cache (one request each at
 * most), credit live from the ERP. Checkout does not trust this; it asks the ERP for a quote.
 */
@Service
class CartPricing {

    private final ErpReads reads;

    CartPricing(ErpReads reads) {
        this.reads = reads;
    }

    CartView price(Carts.Owner owner, List<Carts.Line> lines) {
        List<String> skus = lines.stream().map(Carts.Line::sku).toList();
        Map<String, Reading<Item>> read = orNull(() -> reads.items(skus));
        boolean itemsUnavailable = read == null;
        Map<String, Reading<Item>> items = itemsUnavailable ? Map.of() : read;
        Map<String, Reading<ContractPrice>> prices = orNull(() -> reads.prices(owner.customerId(), skus));
        Map<String, Reading<ItemStock>> stock = orEmpty(() -> reads.stock(skus));
        List<CartView.Row> rows = new ArrayList<>();
        Money subtotal = null;
        for (Carts.Line line : lines) {
            Reading<Item> item = items.get(line.sku());
            Reading<ContractPrice> price = prices == null ? null : prices.get(line.sku());
            Reading<ItemStock> itemStock = stock.get(line.sku());
            Money unit = price == null ? null : price.value().unitPriceFor(line.quantity());
            Money total = unit == null ? null : unit.times(line.quantity());
            subtotal = total == null ? subtotal : subtotal == null ? total : subtotal.plus(total);
            Integer available = itemStock == null ? null : itemStock.value().totalAvailable();
            rows.add(new CartView.Row(line.sku(), item == null ? null : item.value().name(),
                    item == null ? null : item.value().uom(), line.quantity(), unit, total, available,
                    warning(line.quantity(), item, available, itemsUnavailable)));
        }
        return new CartView(rows, subtotal, prices == null ? null : Freshness.of(prices.values()), prices == null,
                ErpPanel.read(() -> reads.credit(owner.customerId())));
    }

    private static CartView.StockWarning warning(int quantity, Reading<Item> item, Integer available, boolean itemsUnavailable) {
        if (item == null) {
            // not in the ERP's answer, or no answer at all: only the first means the item does not exist
            return itemsUnavailable ? CartView.StockWarning.UNCONFIRMED : CartView.StockWarning.UNKNOWN_ITEM;
        }
        if (item.value().discontinued()) {
            return CartView.StockWarning.DISCONTINUED;
        }
        if (available != null && quantity > available) {
            return item.value().backorderable() ? CartView.StockWarning.BACKORDERED : CartView.StockWarning.SHORT;
        }
        return CartView.StockWarning.NONE;
    }

    private static <T> Map<String, T> orEmpty(Supplier<Map<String, T>> read) {
        Map<String, T> found = orNull(read);
        return found == null ? Map.of() : found;
    }

    private static <T> Map<String, T> orNull(Supplier<Map<String, T>> read) {
        try {
            return read.get();
        } catch (ErpUnavailableException e) {
            return null;
        }
    }
}
