package io.windowpane.invoices;

import java.time.LocalDate;

/**
 * The period a statement covers: the last three calendar months unless the buyer picks one; dates after today are
 * today, and a start after the end is read the other way round (nothing typed is lost).
 */
record StatementPeriod(LocalDate from, LocalDate to, boolean swapped) {

    static StatementPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null || to.isAfter(today) ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(2) : from;
        return start.isAfter(end) ? new StatementPeriod(end, start.isAfter(today) ? today : start, true)
                : new StatementPeriod(start, end, false);
    }

    /** The periods offered with one click: this month, the last three months, this year, the last twelve months. */
    static java.util.List<Preset> presets(LocalDate today) {
        return java.util.List.of(new Preset("thisMonth", today.withDayOfMonth(1), today),
                new Preset("threeMonths", today.withDayOfMonth(1).minusMonths(2), today),
                new Preset("thisYear", today.withDayOfYear(1), today),
                new Preset("twelveMonths", today.minusMonths(12).plusDays(1), today));
    }

    record Preset(String key, LocalDate from, LocalDate to) {
    }
}
