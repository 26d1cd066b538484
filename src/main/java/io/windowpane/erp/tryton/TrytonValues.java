package io.windowpane.erp.tryton;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.windowpane.erp.Money;
import tools.jackson.databind.JsonNode;

/**
 * Tryton's typed JSON values: {@code {"__class__": "Decimal", "decimal": "9.00"}}, {@code date} and naive-UTC
 * {@code datetime} objects; a dotted field ({@code "agent.party.code"}) comes back as nested objects under keys
 * ending in a dot ({@code "agent.": {"party.": {"code": …}}}).
 */
final class TrytonValues {

    private TrytonValues() {
    }

    static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject() && "Decimal".equals(value.path("__class__").asString())) {
            return new BigDecimal(value.get("decimal").asString());
        }
        return value.decimalValue();
    }

    static LocalDate date(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return LocalDate.of(value.get("year").asInt(), value.get("month").asInt(), value.get("day").asInt());
    }

    static Instant instant(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return LocalDateTime.of(value.get("year").asInt(), value.get("month").asInt(), value.get("day").asInt(),
                value.get("hour").asInt(), value.get("minute").asInt(), value.get("second").asInt(),
                value.path("microsecond").asInt() * 1000).toInstant(ZoneOffset.UTC);
    }

    /** A date as Tryton's typed value, for domains. */
    static Map<String, Object> date(LocalDate date) {
        return Map.of("__class__", "date", "year", date.getYear(), "month", date.getMonthValue(), "day", date.getDayOfMonth());
    }

    /** An instant as Tryton's naive-UTC datetime, for domains. */
    static Map<String, Object> datetime(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return Map.of("__class__", "datetime", "year", utc.getYear(), "month", utc.getMonthValue(), "day",
                utc.getDayOfMonth(), "hour", utc.getHour(), "minute", utc.getMinute(), "second", utc.getSecond(),
                "microsecond", utc.getNano() / 1000);
    }

    /** A dotted field of a read record: {@code path(record, "agent.party.code")}. */
    static JsonNode path(JsonNode record, String dotted) {
        String[] parts = dotted.split("\\.");
        JsonNode node = record;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.path(parts[i] + ".");
        }
        return node.path(parts[parts.length - 1]);
    }

    static String text(JsonNode record, String dotted) {
        JsonNode value = path(record, dotted);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    /** When the record last changed: its write date, or its create date before any write. */
    static Instant modified(JsonNode record) {
        Instant written = instant(record.get("write_date"));
        return written != null ? written : instant(record.get("create_date"));
    }

    /** The elements of a JSON array. */
    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** An amount with at least the currency's digits (Tryton's unit prices keep four). */
    static Money amount(BigDecimal value, Currency currency) {
        return new Money(value.setScale(Math.max(value.scale(), currency.getDefaultFractionDigits()), java.math.RoundingMode.HALF_UP),
                currency);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
