package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A sales order with its lines and totals, in the shape of {@code GET /v1/orders/{number}}. */
public record SimOrder(String number, String customerId, String customerPoNumber, Status status, LocalDate orderDate,
        LocalDate requestedDate, String currency, String placedBy, SimSalesAgent salesAgent, SimCustomer.ShipTo shipTo, List<Line> lines,
        BigDecimal subtotal, BigDecimal tax, BigDecimal total, Instant modifiedAt,
        @JsonIgnore List<SimShipment> shipments) {

    public enum Status {
        OPEN, ON_HOLD, PARTIALLY_SHIPPED, SHIPPED, INVOICED, CLOSED, CANCELLED;

        private static final Set<Status> OPEN_STATES = Set.of(OPEN, ON_HOLD, PARTIALLY_SHIPPED);

        /** Whether an order in this status can still ship. */
        public boolean isOpen() {
            return OPEN_STATES.contains(this);
        }

        /** Whether the order counts towards the customer's open orders: not invoiced yet (nor cancelled). */
        public boolean isUninvoiced() {
            return isOpen() || this == SHIPPED;
        }
    }

    public record Line(int lineNo, String sku, String name, int qty, String uom, BigDecimal unitPrice,
            BigDecimal lineTotal, int shippedQty) {

        Line shipped() {
            return new Line(lineNo, sku, name, qty, uom, unitPrice, lineTotal, qty);
        }
    }

    SimOrder with(Status newStatus, List<Line> newLines, List<SimShipment> newShipments, Instant at) {
        return new SimOrder(number, customerId, customerPoNumber, newStatus, orderDate, requestedDate, currency,
                placedBy, salesAgent, shipTo, newLines, subtotal, tax, total, at, newShipments);
    }
}
