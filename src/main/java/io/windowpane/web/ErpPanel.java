package io.windowpane.web;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Reading;

/**
 * One section of a page that shows ERP data: either the value, or the fact that the ERP did not answer, so
 * the rest of the page still renders (failure is per data type, ARCHITECTURE.md §1.6).
 */
public record ErpPanel<T>(T value, boolean unavailable, boolean confirmed) {

    private static final Logger log = LoggerFactory.getLogger(ErpPanel.class);

    public ErpPanel(T value, boolean unavailable) {
        this(value, unavailable, true);
    }

    /** A section read through the cache: a last known value the ERP could not confirm just now says so. */
    public static <T> ErpPanel<T> read(Supplier<Reading<T>> read) {
        ErpPanel<Reading<T>> panel = load(read);
        return panel.unavailable() ? new ErpPanel<>(null, true)
                : new ErpPanel<>(panel.value().value(), false, panel.value().confirmed());
    }

    public static <T> ErpPanel<T> load(Supplier<T> read) {
        try {
            return new ErpPanel<>(read.get(), false);
        } catch (ErpUnavailableException e) {
            log.warn("ERP read failed, section shown as unavailable: {}", e.getMessage());
            return new ErpPanel<>(null, true);
        }
    }

    public boolean available() {
        return !unavailable;
    }
}
