package io.windowpane.checkout;

import java.util.List;

import io.windowpane.erp.Customer;
import io.windowpane.erp.Money;
import io.windowpane.erp.PriceQuote;

/**
 * Checkout's view of the order, all read live from the ERP: the quote (prices and tax as the ERP computes
 * them), the customer (ship-tos, block), the credit decision, and the lines stock cannot cover.
 *
 * @param problem an ERP refusal of the quote itself (e.g. an item no longer sold), or null
 */
public record Review(List<Line> lines, PriceQuote quote, Customer customer, CreditDecision credit, String problem) {

    /** One line as the ERP quoted it, with the stock that can cover it. */
    public record Line(String sku, String name, int qty, Money unitPrice, Money lineTotal, int available,
            boolean backorderable) {

        /** More than the ERP has, for an item that cannot be backordered. */
        public boolean short_() {
            return !backorderable && qty > available;
        }
    }

    public boolean canPlace() {
        return problem == null && credit != null && credit.allowed() && lines.stream().noneMatch(Line::short_);
    }

    public List<Line> shortLines() {
        return lines.stream().filter(Line::short_).toList();
    }
}
