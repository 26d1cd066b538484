package io.windowpane.erp;

import java.time.Instant;

/** A catalog category; {@code parent} is null at the top level. */
public record Category(String code, String name, String parent, Instant readAt) {
}
