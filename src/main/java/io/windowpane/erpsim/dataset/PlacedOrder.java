package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.util.List;

/** The answer to an accepted {@code POST /v1/orders}. */
public record PlacedOrder(String number, SimOrder.Status status, BigDecimal total, String currency,
        List<String> warnings) {
}
