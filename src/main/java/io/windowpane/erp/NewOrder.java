package io.windowpane.erp;

import java.time.LocalDate;
import java.util.List;

/**
 * An order to create in the ERP; {@code placedBy} names the person, {@code salesAgent} the rep who placed it for
 * the customer (null when the customer's own buyer did).
 */
public record NewOrder(String customerId, String customerPoNumber, String shipToId, LocalDate requestedDate,
        String placedBy, SalesAgent salesAgent, List<OrderLineRequest> lines) {
}
