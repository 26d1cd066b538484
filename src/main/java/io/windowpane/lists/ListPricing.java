package io.windowpane.lists;

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
import io.windowpane.web.Freshness;

/** Prices a list's lines for the customer and tells their availability: one cached read per data type. */
@Service
class ListPricing {

    private final ErpReads reads;

    ListPricing(ErpReads reads) {
        this.reads = reads;
    }

    ListView price(String customerId, ShoppingLists.Summary list, List<ShoppingLists.Line> lines) {
        List<String> skus = lines.stream().map(ShoppingLists.Line::sku).toList();
        Map<String, Reading<Item>> items = skus.isEmpty() ? Map.of() : orNull(() -> reads.items(skus));
        Map<String, Reading<ContractPrice>> prices = skus.isEmpty() ? Map.of() : orNull(() -> reads.prices(customerId, skus));
        Map<String, Reading<ItemStock>> stock = skus.isEmpty() ? Map.of() : orNull(() -> reads.stock(skus));
        List<ListView.Row> rows = new ArrayList<>(lines.size());
        Money total = null;
        for (ShoppingLists.Line line : lines) {
            Item item = value(items, line.sku());
            ContractPrice price = value(prices, line.sku());
            ItemStock itemStock = value(stock, line.sku());
            Money unit = price == null ? null : price.unitPriceFor(line.quantity());
            Money lineTotal = unit == null ? null : unit.times(line.quantity());
            total = lineTotal == null ? total : total == null ? lineTotal : total.plus(lineTotal);
            Integer available = itemStock == null ? null : itemStock.totalAvailable();
            rows.add(new ListView.Row(line.sku(), item == null ? null : item.name(), item == null ? null : item.uom(),
                    line.quantity(), line.note(), unit, lineTotal, available, status(line, item, items == null, available)));
        }
        return new ListView(list, rows, total, prices == null ? null : Freshness.of(prices.values()),
                stock == null ? null : Freshness.of(stock.values()), prices == null);
    }

    private static ListView.Status status(ShoppingLists.Line line, Item item, boolean itemsUnavailable, Integer available) {
        if (item == null) {
            return itemsUnavailable ? ListView.Status.UNCONFIRMED : ListView.Status.UNKNOWN_ITEM;
        }
        if (item.discontinued()) {
            return ListView.Status.DISCONTINUED;
        }
        return available != null && line.quantity() > available ? ListView.Status.SHORT : ListView.Status.AVAILABLE;
    }

    private static <T> T value(Map<String, Reading<T>> readings, String sku) {
        Reading<T> reading = readings == null ? null : readings.get(sku);
        return reading == null ? null : reading.value();
    }

    private static <T> Map<String, T> orNull(Supplier<Map<String, T>> read) {
        try {
            return read.get();
        } catch (ErpUnavailableException e) {
            return null;
        }
    }
}
