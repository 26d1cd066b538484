package io.windowpane.erp.cache;

import java.time.Duration;

/**
 * How one data type is cached.
 *
 * @param refreshAfter age after which a value is re-read in the background on access
 * @param maxAge age after which a last known value is no longer shown, even during an outage
 * @param maxSize the most entries kept
 * @param enabled false reads the ERP on every access (for comparison in the benchmark)
 */
record CachePolicy(Duration refreshAfter, Duration maxAge, long maxSize, boolean enabled) {
}
