package io.windowpane.orders;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Money;
import io.windowpane.erp.Reading;
import io.windowpane.erp.SalesOrder;

/** Compares a past order's lines with today: price, availability, whether the item is still sold. */
@Service
class Reorder {

    /** One line of the preview; {@code today} is null when the item is no longer priced (gone). */
    record Line(String sku, String name, int qty, Money original, Money today, Integer available, boolean discontinued,
            boolean backorderable) {

        public boolean priceChanged() {
            return today != null && today.compareTo(original) != 0;
        }

        public boolean short_() {
            return available != null && !backorderable && qty > available;
        }

        public boolean orderable() {
            return !discontinued && today != null;
        }
    }

    private final ErpReads erp;

    Reorder(ErpReads erp) {
        this.erp = erp;
    }

    List<Line> preview(String customerId, SalesOrder order) {
        List<String> skus = order.lines().stream().map(SalesOrder.Line::sku).distinct().toList();
        Map<String, Reading<Item>> items = erp.items(skus);
        Map<String, Reading<ContractPrice>> prices = erp.prices(customerId, skus);
        Map<String, Reading<ItemStock>> stock = erp.stock(skus);
        return order.lines().stream().map(line -> {
            Reading<Item> item = items.get(line.sku());
            Reading<ContractPrice> price = prices.get(line.sku());
            Reading<ItemStock> itemStock = stock.get(line.sku());
            return new Line(line.sku(), line.name(), line.qty(), line.unitPrice(),
                    price == null ? null : price.value().unitPriceFor(line.qty()),
                    itemStock == null ? null : itemStock.value().totalAvailable(),
                    item == null || item.value().discontinued(), item != null && item.value().backorderable());
        }).toList();
    }
}
