package io.windowpane.erp;

import java.time.Instant;
import java.util.List;

/** The ERP-authoritative price of a prospective order, tax included. */
public record PriceQuote(List<Line> lines, Money subtotal, Money tax, Money total, Instant readAt) {

    /** A quoted line. */
    public record Line(String sku, int qty, Money unitPrice, Money lineTotal) {
    }
}
