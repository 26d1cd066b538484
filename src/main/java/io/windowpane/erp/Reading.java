package io.windowpane.erp;

import java.time.Instant;
import java.util.function.Function;

/**
 * A value read from the ERP, when it was read, and whether it is confirmed: false once an attempt to re-read
 * it failed, so it is the last known value rather than the ERP's current one.
 */
public record Reading<T>(T value, Instant readAt, boolean confirmed) {

    /** The same reading of a value derived from this one. */
    public <R> Reading<R> map(Function<T, R> derive) {
        return new Reading<>(derive.apply(value), readAt, confirmed);
    }
}
