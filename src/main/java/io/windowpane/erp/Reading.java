package io.windowpane.erp;

import java.time.Instant;

/**
 * A value read from the ERP, when it was read, and whether it is confirmed: false once an attempt to re-read
 * it failed, so it is the last known value rather than the ERP's current one.
 */
public record Reading<T>(T value, Instant readAt, boolean confirmed) {
}
