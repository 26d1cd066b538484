package io.windowpane.erp.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ErpGateway;

/**
 * What following the ERP's change feed confirms. When the ERP promises that its feed lists every change of a type
 * (see {@link ErpGateway#completeChanges()}), a cached value of that type no event named since it was read is still
 * the ERP's current one as of the last complete read of the feed: it needs no re-read on a timer, only on an event.
 * That holds only while the feed is followed: once no read has succeeded for a few poll intervals (the ERP down,
 * the poller stuck), nothing is confirmed and the caches fall back to their refresh times.
 */
@Component
class FeedConfirmation {

    // reads of the feed that may fail in a row before its silence stops confirming anything
    private static final int MISSED_POLLS = 3;

    private final Set<ChangeEvent.Type> complete;
    private final Duration lapse;
    private final Clock clock;
    private volatile Instant lastRead;

    FeedConfirmation(ErpGateway erp, ErpEventsProperties events, Clock clock) {
        this.complete = erp.completeChanges().isEmpty() ? Set.of() : EnumSet.copyOf(erp.completeChanges());
        this.lapse = events.pollInterval().multipliedBy(MISSED_POLLS);
        this.clock = clock;
    }

    /** The feed was read to its end, its events applied, by a read that began at {@code startedAt}. */
    void read(Instant startedAt) {
        lastRead = startedAt;
    }

    /**
     * For a cache whose values only events of these types change: the instant up to which the feed has told every
     * such change, or {@code null} while it cannot tell (a type the ERP does not promise, the feed not followed).
     */
    Supplier<Instant> of(ChangeEvent.Type... types) {
        if (!complete.containsAll(Set.of(types))) {
            return () -> null;
        }
        return () -> {
            Instant read = lastRead;
            return read != null && !read.plus(lapse).isBefore(clock.instant()) ? read : null;
        };
    }
}
