package io.windowpane.erp;

import java.time.LocalDate;
import java.util.List;

/** An order to create in the ERP; {@code placedBy} names the person (and whom they acted for). */
public record NewOrder(String customerId, String customerPoNumber, String shipToId, LocalDate requestedDate,
        String placedBy, List<OrderLineRequest> lines) {
}
