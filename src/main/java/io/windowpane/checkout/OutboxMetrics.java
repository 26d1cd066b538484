package io.windowpane.checkout;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox's gauges: {@code windowpane.outbox.pending} (submissions waiting to be sent again),
 * {@code windowpane.outbox.oldest} (seconds the oldest of them has waited, 0 for none) and
 * {@code windowpane.outbox.attention} (the ERP never confirmed them). One query serves a reading of all three.
 */
@Component
class OutboxMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private record Reading(SubmissionStore.Depth depth, long readAtMillis) {
    }

    private final SubmissionStore store;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Reading> latest = new AtomicReference<>();

    OutboxMetrics(SubmissionStore store, JdbcClient jdbc, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("windowpane.outbox.pending", this, m -> m.depth().pending()).register(registry);
        Gauge.builder("windowpane.outbox.oldest", this, OutboxMetrics::oldestSeconds).baseUnit("seconds").register(registry);
        Gauge.builder("windowpane.outbox.attention", this, m -> m.depth().needingAttention()).register(registry);
    }

    private double oldestSeconds() {
        SubmissionStore.Depth depth = depth();
        return depth.oldestPending() == null ? 0 : Duration.between(depth.oldestPending(), clock.instant()).toMillis() / 1000.0;
    }

    private SubmissionStore.Depth depth() {
        long now = clock.millis();
        Reading reading = latest.get();
        if (reading == null || now - reading.readAtMillis() > FRESH.toMillis()) {
            reading = new Reading(store.depth(jdbc), now);
            latest.set(reading);
        }
        return reading.depth();
    }
}
