package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.util.List;

/** The ERP-authoritative price of a prospective order. */
public record SimQuote(List<Line> lines, BigDecimal subtotal, BigDecimal tax, BigDecimal total, String currency) {

    public record Line(String sku, int qty, BigDecimal unitPrice, BigDecimal lineTotal) {
    }
}
