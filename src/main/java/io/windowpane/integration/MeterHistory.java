package io.windowpane.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;

/**
 * Readings of the portal's own meters ({@code windowpane.*} timers and counters, which count since start) taken
 * every two seconds, so that any recent window is the difference of the reading now and the one at its start.
 * Readings are kept every two seconds for two minutes, then every thirty seconds for an hour.
 */
@Component
class MeterHistory {

    private static final Duration FINE = Duration.ofMinutes(2);
    private static final long COARSE_SECONDS = 30;
    private static final Duration KEPT = Duration.ofMinutes(61);

    /** A meter's counts since start: events, and for timers the events at or under each latency bound. */
    record Counts(long count, double[] boundsNanos, long[] atOrUnder) {

        private static final Counts NONE = new Counts(0, new double[0], new long[0]);

        Counts minus(Counts earlier) {
            long[] buckets = atOrUnder.clone();
            if (earlier.atOrUnder.length == buckets.length) {
                for (int i = 0; i < buckets.length; i++) {
                    buckets[i] -= earlier.atOrUnder[i];
                }
            }
            return new Counts(count - earlier.count, boundsNanos, buckets);
        }

        Counts plus(Counts other) {
            if (count == 0) {
                return other;
            }
            long[] buckets = atOrUnder.clone();
            if (other.atOrUnder.length == buckets.length) {
                for (int i = 0; i < buckets.length; i++) {
                    buckets[i] += other.atOrUnder[i];
                }
            }
            return new Counts(count + other.count, boundsNanos, buckets);
        }

        /** The latency under which this share of the events fell, interpolated within its bucket; null without events. */
        Duration percentile(double share) {
            if (count == 0 || atOrUnder.length == 0) {
                return null;
            }
            double rank = Math.max(1, Math.ceil(share * count));
            double lowerBound = 0;
            long below = 0;
            for (int i = 0; i < atOrUnder.length; i++) {
                if (atOrUnder[i] >= rank) {
                    double within = (rank - below) / Math.max(1, atOrUnder[i] - below);
                    return Duration.ofNanos((long) (lowerBound + within * (boundsNanos[i] - lowerBound)));
                }
                lowerBound = boundsNanos[i];
                below = atOrUnder[i];
            }
            // slower than the largest bound: that bound is what can be said
            return Duration.ofNanos((long) boundsNanos[boundsNanos.length - 1]);
        }
    }

    /** The counts of each meter within one window. */
    record Window(Duration length, Map<Meter.Id, Counts> counts) {

        Counts of(Meter.Id id) {
            return counts.getOrDefault(id, Counts.NONE);
        }

        /** The sum over the meters of this name whose tags match. */
        Counts sum(String name, java.util.function.Predicate<Meter.Id> which) {
            return counts.entrySet().stream().filter(e -> e.getKey().getName().equals(name) && which.test(e.getKey()))
                    .map(Map.Entry::getValue).reduce(Counts.NONE, Counts::plus);
        }
    }

    private final MeterRegistry registry;
    private final Clock clock;
    private final ConcurrentSkipListMap<Instant, Map<Meter.Id, Counts>> readings = new ConcurrentSkipListMap<>();

    MeterHistory(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(fixedRate = 2000)
    void record() {
        Instant now = clock.instant();
        readings.put(now, read());
        readings.headMap(now.minus(KEPT)).clear();
        readings.headMap(now.minus(FINE)).keySet().removeIf(at -> at.getEpochSecond() % COARSE_SECONDS > 1);
    }

    /** The counts of the last {@code length} (or since start, when the portal has run for less). */
    Window last(Duration length) {
        Instant now = clock.instant();
        Map.Entry<Instant, Map<Meter.Id, Counts>> start = readings.floorEntry(now.minus(length));
        Map<Meter.Id, Counts> earlier = start != null ? start.getValue() : Map.of();
        Map<Meter.Id, Counts> within = new HashMap<>();
        read().forEach((id, counts) -> {
            Counts difference = counts.minus(earlier.getOrDefault(id, Counts.NONE));
            if (difference.count() > 0) {
                within.put(id, difference);
            }
        });
        return new Window(length, within);
    }

    private Map<Meter.Id, Counts> read() {
        Map<Meter.Id, Counts> counts = new HashMap<>();
        for (Meter meter : registry.getMeters()) {
            if (!meter.getId().getName().startsWith("windowpane.")) {
                continue;
            }
            if (meter instanceof Timer timer) {
                CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
                double[] bounds = new double[buckets.length];
                long[] atOrUnder = new long[buckets.length];
                for (int i = 0; i < buckets.length; i++) {
                    bounds[i] = buckets[i].bucket();
                    atOrUnder[i] = (long) buckets[i].count();
                }
                counts.put(meter.getId(), new Counts(timer.count(), bounds, atOrUnder));
            } else if (meter instanceof Counter counter) {
                counts.put(meter.getId(), new Counts((long) counter.count(), new double[0], new long[0]));
            }
        }
        return counts;
    }
}
