package io.windowpane.erp;

import java.time.Instant;

/** A customer as listed for its sales rep. */
public record CustomerSummary(String id, String number, String name, Instant readAt) {
}
