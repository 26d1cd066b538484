package io.windowpane.checkout;

import java.util.List;
import java.util.Set;

import io.windowpane.erp.Customer;
import io.windowpane.erp.Money;
import io.windowpane.erp.PriceQuote;

/**
 * Checkout's view of the order, all read live from the ERP: the quote (prices and tax as the ERP computes
 * them), the customer (ship-tos, block), the credit decision, and the lines stock cannot cover.
 *
 * @param problem an ERP refusal of the quote itself (e.g. an item no longer sold), or null
 * @param unconfirmed the parts the ERP did not answer for, even when asked twice; the order cannot be placed
 *        until they are confirmed
 */
public record Review(List<Line> lines, PriceQuote quote, Customer customer, CreditDecision credit, String problem,
        Set<Part> unconfirmed) {

    /** A part of the review read from the ERP on its own. */
    public enum Part {
        CUSTOMER, PRICES, STOCK, CREDIT
    }

    /** One line as the ERP quoted it, with the stock that can cover it (null when stock was not confirmed). */
    public record Line(String sku, String name, int qty, Money unitPrice, Money lineTotal, Integer available,
            boolean backorderable) {

        /** More than the ERP has, for an item that cannot be backordered. */
        public boolean short_() {
            return !backorderable && available != null && qty > available;
        }
    }

    public boolean canPlace() {
        return problem == null && unconfirmed.isEmpty() && credit != null && credit.allowed()
                && lines.stream().noneMatch(Line::short_);
    }

    public List<Line> shortLines() {
        return lines.stream().filter(Line::short_).toList();
    }

    /** Whether the order may ship there: none given (the ERP's default address), or one of the customer's own. */
    public boolean shipsTo(String shipToId) {
        return shipToId == null || shipToId.isBlank()
                || (customer != null && customer.shipTos().stream().anyMatch(s -> s.id().equals(shipToId)));
    }
}
