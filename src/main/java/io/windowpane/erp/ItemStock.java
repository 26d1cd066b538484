package io.windowpane.erp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Stock of one item across the ERP's warehouses. */
public record ItemStock(String sku, List<WarehouseStock> warehouses, Instant readAt) {

    /** Stock in one warehouse; {@code available = onHand - allocated - committed} as the ERP reports it. */
    public record WarehouseStock(String warehouse, String warehouseName, int onHand, int allocated, int committed,
            int available, int incoming, LocalDate nextReceiptDate, Instant modifiedAt) {
    }

    public int totalAvailable() {
        return warehouses.stream().mapToInt(WarehouseStock::available).sum();
    }
}
