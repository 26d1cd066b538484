package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A quantity break: from {@code minQty} units on, each unit costs {@code unitPrice}. */
public record PriceBreak(int minQty, BigDecimal unitPrice) {

    /**
     * The unit price for a quantity: the break with the highest minQty not above the quantity, or the lowest
     * break when the quantity is below every break.
     */
    public static BigDecimal unitPriceFor(List<PriceBreak> breaks, int qty) {
        return breaks.stream().filter(b -> b.minQty() <= qty).max(Comparator.comparingInt(PriceBreak::minQty))
                .or(() -> breaks.stream().min(Comparator.comparingInt(PriceBreak::minQty)))
                .map(PriceBreak::unitPrice).orElseThrow();
    }
}
