package io.windowpane.erp.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.windowpane.erp.ChangeEvent;

/**
 * Meters of the change-event intake: {@code windowpane.erp.events.received} (source=webhook|feed),
 * {@code windowpane.erp.events.lag} (from the change in the ERP to the portal re-reading what it names) and
 * {@code windowpane.erp.events.last} (source=webhook|feed-poll: when the last delivery arrived, the last feed read
 * succeeded, in seconds since the epoch; 0 for never).
 */
final class EventMetrics {

    /** Where events come from. */
    enum Source {
        WEBHOOK, FEED
    }

    private static final Duration[] LAG_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5)};

    private final MeterRegistry registry;
    private final Clock clock;
    private final Timer lag;
    private final AtomicLong lastWebhook = new AtomicLong();
    private final AtomicLong lastFeedPoll = new AtomicLong();

    EventMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.lag = Timer.builder("windowpane.erp.events.lag").serviceLevelObjectives(LAG_BUCKETS)
                .distributionStatisticExpiry(Duration.ofDays(3650)).distributionStatisticBufferLength(1).register(registry);
        Gauge.builder("windowpane.erp.events.last", lastWebhook, AtomicLong::get).tag("source", "webhook")
                .baseUnit("seconds").register(registry);
        Gauge.builder("windowpane.erp.events.last", lastFeedPoll, AtomicLong::get).tag("source", "feed-poll")
                .baseUnit("seconds").register(registry);
    }

    void delivered() {
        lastWebhook.set(clock.instant().getEpochSecond());
    }

    void feedRead() {
        lastFeedPoll.set(clock.instant().getEpochSecond());
    }

    void applied(ChangeEvent event, Source source) {
        Counter.builder("windowpane.erp.events.received").tag("source", source.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
        if (event.at() != null) {
            Duration since = Duration.between(event.at(), clock.instant());
            lag.record(since.isNegative() ? Duration.ZERO : since);
        }
    }
}
