package io.windowpane.erpsim.dataset;

import java.time.Instant;
import java.time.LocalDate;

/** Stock of one item in one warehouse; {@code available = onHand - allocated - committed}, never below zero. */
public record SimStock(String sku, String warehouse, String warehouseName, int onHand, int allocated, int committed,
        int available, int incoming, LocalDate nextReceiptDate, Instant modifiedAt) {

    static SimStock of(String sku, StockLedger.Warehouse warehouse, int onHand, int allocated, int committed,
            int incoming, LocalDate nextReceiptDate, Instant modifiedAt) {
        int available = Math.max(0, onHand - allocated - committed);
        return new SimStock(sku, warehouse.code(), warehouse.name(), onHand, allocated, committed, available,
                incoming, nextReceiptDate, modifiedAt);
    }

    SimStock with(int newOnHand, int newCommitted, Instant at) {
        return new SimStock(sku, warehouse, warehouseName, newOnHand, allocated, newCommitted,
                Math.max(0, newOnHand - allocated - newCommitted), incoming, nextReceiptDate, at);
    }
}
