package io.windowpane.support;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money as an en-US browser shows it, to compare ERP figures with page text. */
public final class Money {

    private Money() {
    }

    public static String shown(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }
}
