package io.windowpane.erp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An ERP sales order with its lines and totals; {@code salesAgent} is set when a rep placed it for the customer.
 * {@code subtotal} is the sum of the goods lines; {@code freight} what the ERP charges besides them (zero when it
 * charges none), so {@code total = subtotal + freight + tax}.
 */
public record SalesOrder(String number, String customerId, String customerPoNumber, OrderStatus status,
        LocalDate orderDate, LocalDate requestedDate, String placedBy, SalesAgent salesAgent, Customer.ShipTo shipTo, List<Line> lines,
        Money subtotal, Money freight, Money tax, Money total, Instant modifiedAt, Instant readAt) {

    /** An order line and how much of it has shipped. */
    public record Line(int lineNo, String sku, String name, int qty, String uom, Money unitPrice, Money lineTotal,
            int shippedQty) {
    }
}
