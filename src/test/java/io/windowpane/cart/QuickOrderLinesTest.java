package io.windowpane.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.windowpane.cart.QuickOrderLines.Reason;

class QuickOrderLinesTest {

    @Test
    void readsSkuAndQuantityLinesWithAnOptionalHeader() {
        QuickOrderLines.Parsed parsed = QuickOrderLines.parse("sku,qty\nfas-10004,25\n\nTLS-10000 ; 2\nSAF-10000\t12\n");

        assertThat(parsed.good()).extracting(QuickOrderLines.Good::lineNo, QuickOrderLines.Good::sku, QuickOrderLines.Good::quantity)
                .containsExactly(tuple(2, "FAS-10004", 25),
                        tuple(4, "TLS-10000", 2),
                        tuple(5, "SAF-10000", 12));
        assertThat(parsed.bad()).isEmpty();
    }

    @Test
    void reportsEveryBadLineWithItsNumberAndReason() {
        QuickOrderLines.Parsed parsed = QuickOrderLines.parse("FAS-10004,5\nTLS-10000,0\nSAF-10000,-2\nELE-10001,1.5\njunk\nFAS-10004,3\nPLB-10002,abc");

        assertThat(parsed.good()).extracting(QuickOrderLines.Good::sku, QuickOrderLines.Good::quantity)
                .containsExactly(tuple("FAS-10004", 8));
        assertThat(parsed.bad()).extracting(QuickOrderLines.Bad::lineNo, QuickOrderLines.Bad::reason).containsExactly(
                tuple(2, Reason.INVALID_QUANTITY),
                tuple(3, Reason.INVALID_QUANTITY),
                tuple(4, Reason.INVALID_QUANTITY),
                tuple(5, Reason.NOT_SKU_AND_QUANTITY),
                tuple(7, Reason.INVALID_QUANTITY));
    }

    @Test
    void aSkuOnSeveralLinesIsOrderedOnceWithTheQuantitiesAddedAndSaysSo() {
        QuickOrderLines.Parsed parsed = QuickOrderLines.parse("FAS-10004,5\nTLS-10000,1\nfas-10004,3\nFAS-10004,2");

        assertThat(parsed.good()).extracting(QuickOrderLines.Good::lineNo, QuickOrderLines.Good::sku, QuickOrderLines.Good::quantity)
                .containsExactly(tuple(1, "FAS-10004", 10), tuple(2, "TLS-10000", 1));
        assertThat(parsed.combined()).singleElement().satisfies(c -> {
            assertThat(c.sku()).isEqualTo("FAS-10004");
            assertThat(c.lineNos()).containsExactly(1, 3, 4);
            assertThat(c.quantity()).isEqualTo(10);
        });
        assertThat(parsed.bad()).isEmpty();
    }

    @Test
    void takesAThousandLines() {
        StringBuilder csv = new StringBuilder("sku,qty\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("FAS-").append(10000 + i).append(',').append(1 + i % 9).append('\n');
        }

        QuickOrderLines.Parsed parsed = QuickOrderLines.parse(csv.toString());

        assertThat(parsed.good()).hasSize(1000);
        assertThat(parsed.bad()).isEmpty();
    }

    @Test
    void returnsEveryLinePastTheLimitInsteadOfDroppingAny() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < QuickOrderLines.MAX_LINES + 7; i++) {
            text.append("FAS-").append(100000 + i).append(",1\n");
        }

        QuickOrderLines.Parsed parsed = QuickOrderLines.parse(text.toString());

        assertThat(parsed.good()).hasSize(QuickOrderLines.MAX_LINES);
        assertThat(parsed.bad()).hasSize(7).allSatisfy(bad -> assertThat(bad.reason()).isEqualTo(QuickOrderLines.Reason.TOO_MANY_LINES));
        assertThat(parsed.bad().get(6).lineNo()).isEqualTo(QuickOrderLines.MAX_LINES + 7);
    }
}
