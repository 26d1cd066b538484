package io.windowpane.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.windowpane.erp.Money;

/** How money and ERP read times look on every page: {@code ${@fmt.money(x)}}, {@code ${@fmt.time(t)}}. */
@Component("fmt")
public class Formats {

    private final Clock clock;

    Formats(Clock clock) {
        this.clock = clock;
    }

    /** Money with its currency, in the reader's locale, e.g. $1,250.00 or USD 1,250.00. */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMaximumFractionDigits(Math.max(money.currency().getDefaultFractionDigits(), money.amount().scale()));
        return format.format(money.amount());
    }

    /** An amount in a currency, as {@link #money(Money)} shows it. */
    public String amount(BigDecimal amount, Currency currency) {
        return amount == null ? "" : money(new Money(amount, currency));
    }

    /** The time of day an ERP value was read, e.g. 10:42:05. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone()).format(instant);
    }

    /** A date and time for lists (last sign-in, ...). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).withZone(clock.getZone()).format(instant);
    }

    /** A duration as minutes and seconds, e.g. 10:00 (the acting banner's time left). */
    public String minutesSeconds(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
