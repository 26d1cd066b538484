package io.windowpane.erp;

import java.time.Instant;
import java.util.List;

/** An order as its page shows it: the order, its shipments and, once invoiced, its invoices, read together. */
public record OrderFile(SalesOrder order, List<Shipment> shipments, List<InvoicePage.InvoiceSummary> invoices,
        Instant readAt) {
}
