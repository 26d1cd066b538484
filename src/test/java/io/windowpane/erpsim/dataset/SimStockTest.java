package io.windowpane.erpsim.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SimStockTest {

    private static final StockLedger.Warehouse CHICAGO = StockLedger.WAREHOUSES.get(0);

    @Test
    void availableIsOnHandLessAllocatedLessCommitted() {
        SimStock stock = SimStock.of("FAS-10000", CHICAGO, 100, 15, 20, 0, null, Instant.EPOCH);

        assertThat(stock.available()).isEqualTo(65);
    }

    @Test
    void availableNeverGoesBelowZero() {
        SimStock stock = SimStock.of("FAS-10000", CHICAGO, 10, 8, 5, 0, null, Instant.EPOCH);

        assertThat(stock.available()).isZero();
    }

    @Test
    void committingAnOrderReducesAvailabilityByTheOrderedQuantity() {
        StockLedger ledger = new StockLedger(new Seeds(1), LocalDate.of(2026, 11, 1));
        int before = ledger.totalAvailable("FAS-10000");

        ledger.commit("FAS-10000", Math.min(5, before), Instant.EPOCH);

        assertThat(ledger.totalAvailable("FAS-10000")).isEqualTo(before - Math.min(5, before));
    }

    @Test
    void everyGeneratedRowObeysTheAvailabilityFormula() {
        StockLedger ledger = new StockLedger(new Seeds(7), LocalDate.of(2026, 11, 1));

        for (int i = 0; i < 500; i++) {
            for (SimStock row : ledger.stockOf("ELE-" + (10000 + i))) {
                assertThat(row.available()).isEqualTo(Math.max(0, row.onHand() - row.allocated() - row.committed()));
            }
        }
    }
}
