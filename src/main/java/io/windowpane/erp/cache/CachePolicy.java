package io.windowpane.erp.cache;

import java.time.Duration;

/**
 * How one data type is cached.
 *
 * @param refreshAfter age after which a value is re-read in the background on access
 * @param refreshAfterWhileFollowed the same while the ERP's change feed confirms what no event named (see
 *        {@link FeedConfirmation}): the safety net's interval, since any change is re-read when its event arrives
 * @param maxAge age after which a last known value is no longer shown, even during an outage
 * @param maxSize the most keys remembered as unknown to the ERP (and of the lookups that find a cache's subjects)
 * @param maxBytes the most heap the cached values may hold, as {@link Footprint} estimates it
 * @param enabled false reads the ERP on every access (for comparison in the benchmark)
 * @param unknownFor how long a key the ERP said it does not know is answered as unknown without asking again
 *        (zero: always ask; for data where a missing answer means a failed read rather than "no such thing")
 */
record CachePolicy(Duration refreshAfter, Duration refreshAfterWhileFollowed, Duration maxAge, long maxSize, long maxBytes, boolean enabled,
        Duration unknownFor) {

    CachePolicy withUnknownFor(Duration duration) {
        return new CachePolicy(refreshAfter, refreshAfterWhileFollowed, maxAge, maxSize, maxBytes, enabled, duration);
    }
}
