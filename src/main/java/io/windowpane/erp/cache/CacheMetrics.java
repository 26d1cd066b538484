package io.windowpane.erp.cache;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer meters per data type: {@code windowpane.erp.cache.requests} (result=hit|miss),
 * {@code windowpane.erp.cache.loads} (a timer of ERP batch loads), {@code windowpane.erp.cache.errors}, and the
 * gauges {@code windowpane.erp.cache.entries}, {@code windowpane.erp.cache.bytes} (estimated heap held) and
 * {@code windowpane.erp.cache.oldest} (seconds since the oldest value held was read from the ERP).
 */
final class CacheMetrics {

    private final MeterRegistry registry;

    CacheMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void hits(String type, int count) {
        requests(type, "hit").increment(count);
    }

    void misses(String type, int count) {
        requests(type, "miss").increment(count);
    }

    <T> T timeLoad(String type, Supplier<T> load) {
        Timer.Sample sample = Timer.start(registry);
        try {
            return load.get();
        } catch (RuntimeException e) {
            Counter.builder("windowpane.erp.cache.errors").tag("type", type).register(registry).increment();
            throw e;
        } finally {
            sample.stop(Timer.builder("windowpane.erp.cache.loads").tag("type", type).register(registry));
        }
    }

    void size(String type, Cache<?, ?> store) {
        Gauge.builder("windowpane.erp.cache.entries", store, Cache::estimatedSize).tag("type", type).register(registry);
        Gauge.builder("windowpane.erp.cache.bytes", store, cache -> cache.policy().eviction()
                .map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L)).tag("type", type).baseUnit("bytes").register(registry);
    }

    void oldest(String type, Supplier<Double> ageSeconds) {
        Gauge.builder("windowpane.erp.cache.oldest", ageSeconds, Supplier::get).tag("type", type).baseUnit("seconds").register(registry);
    }

    private Counter requests(String type, String result) {
        return Counter.builder("windowpane.erp.cache.requests").tag("type", type).tag("result", result).register(registry);
    }
}
