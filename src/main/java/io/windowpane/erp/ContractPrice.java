package io.windowpane.erp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/** A customer's price for one item: quantity breaks from a contract, or the list price where there is none. */
public record ContractPrice(String sku, Currency currency, String uom, List<PriceBreak> breaks, LocalDate validFrom,
        LocalDate validTo, PriceSource source, Instant readAt) {

    /** From {@code minQty} units on, each unit costs {@code unitPrice}. */
    public record PriceBreak(int minQty, BigDecimal unitPrice) {
    }

    /** Whether the price comes from the customer's contract or the list. */
    public enum PriceSource {
        CONTRACT, LIST
    }

    /** The unit price of the break with the highest minQty not above the quantity (the lowest break below all). */
    public Money unitPriceFor(int quantity) {
        PriceBreak applies = breaks.stream().filter(b -> b.minQty() <= quantity)
                .max(Comparator.comparingInt(PriceBreak::minQty))
                .orElseGet(() -> breaks.stream().min(Comparator.comparingInt(PriceBreak::minQty)).orElseThrow());
        return new Money(applies.unitPrice(), currency);
    }

    public boolean hasQuantityBreaks() {
        return breaks.size() > 1;
    }
}
