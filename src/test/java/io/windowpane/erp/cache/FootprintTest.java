package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.ContractPrice.PriceBreak;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.ItemStock.WarehouseStock;
import io.windowpane.erp.Money;

/**
 * The bytes per entry that bound each cache: {@link Footprint}'s estimate against the heap that 20,000 values of a
 * cached type really take in this JVM (measured after full collections), within a quarter either way. Strings are
 * distinct objects, as those parsed from the ERP's answers are.
 */
class FootprintTest {

    private static final int VALUES = 20_000;
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void anItemsEstimateMatchesTheHeapItTakes() {
        assertEstimateMatchesHeap("item", n -> new Item("FAS-" + (100000 + n), "Kessler Hex Bolt M12 x 60 mm Zinc Plated " + n,
                distinct("FAS"), distinct("EA"), new Money(new BigDecimal(n + ".25"), USD), n % 2 == 0, false, Instant.now()));
    }

    @Test
    void aContractPricesEstimateMatchesTheHeapItTakes() {
        assertEstimateMatchesHeap("price", n -> new ContractPrice("FAS-" + (100000 + n), USD, distinct("EA"),
                List.of(new PriceBreak(1, new BigDecimal(n + ".40")), new PriceBreak(10, new BigDecimal(n + ".10")),
                        new PriceBreak(100, new BigDecimal(n + ".05"))),
                LocalDate.of(2026, 1, 1).plusDays(n % 300), null, ContractPrice.PriceSource.CONTRACT, Instant.now()));
    }

    @Test
    void aStockLevelsEstimateMatchesTheHeapItTakes() {
        assertEstimateMatchesHeap("stock", n -> new ItemStock("FAS-" + (100000 + n), List.of(
                new WarehouseStock("WH" + (n % 7), "Chicago Distribution Center " + n % 7, n, 2, 1, n - 3, 0, null, Instant.now()),
                new WarehouseStock("WH" + (n % 5), "Dallas Warehouse " + n % 5, n + 1, 0, 0, n + 1, 40, LocalDate.of(2026, 12, 1), Instant.now())),
                Instant.now()));
    }

    private static void assertEstimateMatchesHeap(String type, IntFunction<Object> value) {
        long before = heapAfterCollections();
        List<Object> values = new ArrayList<>(VALUES);
        for (int n = 0; n < VALUES; n++) {
            values.add(value.apply(n));
        }
        long measured = (heapAfterCollections() - before) / VALUES - 4; // less the list's reference to each
        long estimated = values.stream().mapToLong(Footprint::of).sum() / VALUES;

        System.out.printf("%s: %d bytes per value measured, %d estimated%n", type, measured, estimated);
        assertThat((double) estimated).as("%s bytes per value (measured %d)", type, measured)
                .isBetween(measured * 0.75, measured * 1.25);
        assertThat(values).hasSize(VALUES);
    }

    private static String distinct(String text) {
        return new String(text.toCharArray());
    }

    private static long heapAfterCollections() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
