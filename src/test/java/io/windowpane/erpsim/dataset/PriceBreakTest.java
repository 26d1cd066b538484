package io.windowpane.erpsim.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class PriceBreakTest {

    private final List<PriceBreak> breaks = List.of(new PriceBreak(10, new BigDecimal("9.00")),
            new PriceBreak(1, new BigDecimal("10.00")), new PriceBreak(50, new BigDecimal("8.00")));

    @Test
    void appliesTheBreakWithTheHighestMinimumNotAboveTheQuantity() {
        assertThat(PriceBreak.unitPriceFor(breaks, 1)).isEqualByComparingTo("10.00");
        assertThat(PriceBreak.unitPriceFor(breaks, 9)).isEqualByComparingTo("10.00");
        assertThat(PriceBreak.unitPriceFor(breaks, 10)).isEqualByComparingTo("9.00");
        assertThat(PriceBreak.unitPriceFor(breaks, 49)).isEqualByComparingTo("9.00");
        assertThat(PriceBreak.unitPriceFor(breaks, 50)).isEqualByComparingTo("8.00");
        assertThat(PriceBreak.unitPriceFor(breaks, 5000)).isEqualByComparingTo("8.00");
    }

    @Test
    void appliesTheLowestBreakWhenTheQuantityIsBelowEveryBreak() {
        List<PriceBreak> fromTen = List.of(new PriceBreak(10, new BigDecimal("4.00")), new PriceBreak(20, new BigDecimal("3.50")));

        assertThat(PriceBreak.unitPriceFor(fromTen, 3)).isEqualByComparingTo("4.00");
    }
}
