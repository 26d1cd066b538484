package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A customer's price for one item: contract breaks, or the list price where there is no contract. */
public record SimPrice(String sku, String currency, String uom, List<PriceBreak> breaks, LocalDate validFrom,
        LocalDate validTo, Source source) {

    public enum Source {
        CONTRACT, LIST
    }

    public BigDecimal unitPriceFor(int qty) {
        return PriceBreak.unitPriceFor(breaks, qty);
    }
}
