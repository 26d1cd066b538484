package io.windowpane.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.windowpane.erp.Item;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Money;

/** How a stock figure reads: never "in stock" for an item that is no longer sold. */
class AvailabilityTest {

    @Test
    void aDiscontinuedItemIsNoLongerSoldWhateverIsLeftInTheWarehouses() {
        assertThat(Availability.of(item(false, true), stock(579))).isEqualTo(Availability.DISCONTINUED);
        assertThat(Availability.of(item(true, true), stock(0))).isEqualTo(Availability.DISCONTINUED);
    }

    @Test
    void stockReadsInLowOutOrBackorder() {
        assertThat(Availability.of(item(false, false), stock(579))).isEqualTo(Availability.IN_STOCK);
        assertThat(Availability.of(item(false, false), stock(3))).isEqualTo(Availability.LOW);
        assertThat(Availability.of(item(false, false), stock(0))).isEqualTo(Availability.OUT);
        assertThat(Availability.of(item(true, false), stock(0))).isEqualTo(Availability.BACKORDER);
    }

    private static Item item(boolean backorderable, boolean discontinued) {
        return new Item("FAS-1", "Bolt", "FAS", "EA", Money.of(java.math.BigDecimal.ONE, "USD"), backorderable, discontinued,
                Instant.now());
    }

    private static ItemStock stock(int available) {
        return new ItemStock("FAS-1", List.of(new ItemStock.WarehouseStock("CHI", "Chicago", available, 0, 0, available, 0, null,
                Instant.now())), Instant.now());
    }
}
