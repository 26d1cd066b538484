package io.windowpane.erpsim.dataset;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /v1/orders}; equal requests replay under the same idempotency key. */
public record OrderRequest(String customerId, String customerPoNumber, String shipToId, LocalDate requestedDate,
        String placedBy, SimSalesAgent salesAgent, List<LineRequest> lines) {

    public record LineRequest(String sku, Integer qty) {
    }
}
