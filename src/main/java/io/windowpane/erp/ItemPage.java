package io.windowpane.erp;

import java.time.Instant;
import java.util.List;

/** One page of catalog search results. */
public record ItemPage(List<Item> items, int page, int size, long total, Instant readAt) {
}
