package io.windowpane.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.windowpane.erp.Money;

/**
 * How money, dates and ERP read times look on every page ({@code ${@fmt.money(x)}}, {@code ${@fmt.date(d)}},
 * {@code ${@fmt.time(t)}}): one date format and one date-time format, times with their zone.
 */
@Component("fmt")
public class Formats {

    private static final String DATE = "d MMM yyyy";
    private static final String TIME = "HH:mm:ss z";
    private static final String DATE_TIME = DATE + ", HH:mm z";
    // formats per locale (and currency), built once: a page shows dozens of amounts and times
    private static final int FORMATS_KEPT = 256;

    private record CurrencyIn(Locale locale, Currency currency) {
    }

    private record PatternIn(String pattern, Locale locale) {
    }

    private final ZoneId zone;
    private final MessageSource messages;
    private final Cache<CurrencyIn, NumberFormat> currencyFormats = Caffeine.newBuilder().maximumSize(FORMATS_KEPT).build();
    private final Cache<PatternIn, DateTimeFormatter> dateFormats = Caffeine.newBuilder().maximumSize(FORMATS_KEPT).build();

    /** Times are shown in {@code windowpane.display.time-zone} (default: the server's). */
    Formats(Clock clock, @Value("${windowpane.display.time-zone:}") String displayZone, MessageSource messages) {
        this.zone = displayZone.isBlank() ? clock.getZone() : ZoneId.of(displayZone);
        this.messages = messages;
    }

    /** Money with its currency, in the reader's locale, e.g. $1,250.00 or USD 1,250.00. */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        // a copy: a NumberFormat is not safe for threads to share
        NumberFormat format = (NumberFormat) currencyFormats.get(new CurrencyIn(locale(), money.currency()), key -> {
            NumberFormat currencyFormat = NumberFormat.getCurrencyInstance(key.locale());
            currencyFormat.setCurrency(key.currency());
            return currencyFormat;
        }).clone();
        format.setMaximumFractionDigits(Math.max(money.currency().getDefaultFractionDigits(), money.amount().scale()));
        return format.format(money.amount());
    }

    /** An amount in a currency, as {@link #money(Money)} shows it. */
    public String amount(BigDecimal amount, Currency currency) {
        return amount == null ? "" : money(new Money(amount, currency));
    }

    /** The time of day an ERP value was read, with the zone it is shown in, e.g. 10:42:05 UTC. */
    public String time(Instant instant) {
        return instant == null ? "" : formatter(TIME).format(instant);
    }

    /** The one date format: 25 Aug 2027. */
    public String date(LocalDate date) {
        return date == null ? "" : formatter(DATE).format(date);
    }

    /** The one date-time format, with its zone: 23 Nov 2026, 11:14 UTC. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : formatter(DATE_TIME).format(instant);
    }

    private DateTimeFormatter formatter(String pattern) {
        return dateFormats.get(new PatternIn(pattern, locale()), key -> DateTimeFormatter.ofPattern(key.pattern(), key.locale()).withZone(zone));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /**
     * A unit of measure in words ("box" for BX, "each" for EA), from the message bundle's {@code unit.*}; a code the
     * bundle does not know is shown as the ERP gives it.
     */
    public String unit(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return messages.getMessage("unit." + code.toUpperCase(Locale.ROOT), null, code, LocaleContextHolder.getLocale());
    }

    /** A duration as minutes and seconds, e.g. 10:00 (the acting banner's time left). */
    public String minutesSeconds(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** A latency: 152 ms, 1.6 s; "–" for none. Units come from the bundle ({@code format.ms}, {@code format.s}). */
    public String latency(Duration duration) {
        if (duration == null) {
            return "\u2013";
        }
        long millis = duration.toMillis();
        return millis < 1000 ? message("format.ms", millis) : message("format.s", String.format(locale(), "%.1f", millis / 1000.0));
    }

    /** How old something is, to the largest sensible unit: 42 s, 5 min, 3 h 10 min; "–" for none. */
    public String age(Duration duration) {
        if (duration == null) {
            return "\u2013";
        }
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return message("format.s", seconds);
        }
        if (seconds < 7200) {
            return message("format.min", seconds / 60);
        }
        return message("format.hMin", seconds / 3600, seconds % 3600 / 60);
    }

    /** A share in percent with one decimal, e.g. 31.5 %; "–" for none. */
    public String percent(Double percent) {
        return percent == null ? "\u2013" : message("format.percent", String.format(locale(), "%.1f", percent));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }
}
