package io.windowpane.web;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;

import io.windowpane.erp.Reading;

/**
 * The age of a set of ERP figures on a page: the oldest read time among them, and whether any of them is a
 * last known value that could not be confirmed live.
 */
public record Freshness(Instant asOf, boolean unconfirmed) {

    public static Freshness of(Collection<? extends Reading<?>> readings) {
        Instant oldest = readings.stream().map(Reading::readAt).min(Comparator.naturalOrder()).orElse(null);
        return new Freshness(oldest, readings.stream().anyMatch(r -> !r.confirmed()));
    }
}
