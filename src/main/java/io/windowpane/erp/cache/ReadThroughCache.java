package io.windowpane.erp.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.windowpane.erp.ErpException;
import io.windowpane.erp.Reading;

/**
 * One data type's read-through cache over the ERP. Missing keys are loaded in one batch; keys older than the
 * refresh time are served at once and re-read in one background batch (stale-while-revalidate); a failed
 * re-read keeps the value but marks it unconfirmed (stale-if-error) until it is older than the maximum age.
 * Caffeine holds the entries, bounded in size, each expiring at its read time plus the maximum age.
 */
final class ReadThroughCache<K, V> {

    private static final Logger log = LoggerFactory.getLogger(ReadThroughCache.class);

    /** Loads many keys with as few ERP requests as the contract allows; keys the ERP does not know are left out. */
    interface BatchLoader<K, V> {
        Map<K, V> load(Set<K> keys);
    }

    private record Entry<V>(V value, Instant readAt, boolean confirmed) {
        Reading<V> reading() {
            return new Reading<>(value, readAt, confirmed);
        }
    }

    private final String type;
    private final Cache<K, Entry<V>> store;
    private final CachePolicy policy;
    private final BatchLoader<K, V> loader;
    private final Function<V, Instant> readAtOf;
    private final Clock clock;
    private final Executor refresher;
    private final CacheMetrics metrics;
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

    ReadThroughCache(String type, CachePolicy policy, BatchLoader<K, V> loader, Function<V, Instant> readAtOf,
            Clock clock, Executor refresher, CacheMetrics metrics) {
        this.type = type;
        this.policy = policy;
        this.loader = loader;
        this.readAtOf = readAtOf;
        this.clock = clock;
        this.refresher = refresher;
        this.metrics = metrics;
        // ages are measured on the same clock as the ERP read times
        this.store = Caffeine.newBuilder().maximumSize(policy.maxSize()).expireAfter(new UntilMaxAge())
                .ticker(() -> ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant())).build();
    }

    /** The readings for these keys, in the order asked; an ERP failure propagates only if a key is missing. */
    Map<K, Reading<V>> getAll(Collection<K> keys) {
        Map<K, Entry<V>> found = new LinkedHashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        Set<K> stale = new LinkedHashSet<>();
        Instant now = clock.instant();
        for (K key : keys) {
            Entry<V> entry = policy.enabled() ? store.getIfPresent(key) : null;
            if (entry == null) {
                missing.add(key);
            } else {
                found.put(key, entry);
                if (entry.readAt().plus(policy.refreshAfter()).isBefore(now)) {
                    stale.add(key);
                }
            }
        }
        metrics.hits(type, found.size());
        metrics.misses(type, missing.size());
        if (!missing.isEmpty()) {
            load(missing).forEach(found::put);
        }
        if (!stale.isEmpty()) {
            refreshInBackground(stale, true);
        }
        Map<K, Reading<V>> readings = new LinkedHashMap<>();
        for (K key : keys) {
            Entry<V> entry = found.get(key);
            if (entry != null) {
                readings.put(key, entry.reading());
            }
        }
        return readings;
    }

    /** Re-reads the cached keys that match, now, in the background (an ERP change event concerns them). */
    int refresh(Predicate<K> concerned) {
        Set<K> keys = new LinkedHashSet<>();
        store.asMap().keySet().stream().filter(concerned).forEach(keys::add);
        if (!keys.isEmpty()) {
            refreshInBackground(keys, false);
        }
        return keys.size();
    }

    void invalidateAll() {
        store.invalidateAll();
    }

    private Map<K, Entry<V>> load(Set<K> keys) {
        Map<K, V> loaded = metrics.timeLoad(type, () -> loader.load(keys));
        Map<K, Entry<V>> entries = new LinkedHashMap<>();
        loaded.forEach((key, value) -> {
            Entry<V> entry = new Entry<>(value, readAtOf.apply(value), true);
            entries.put(key, entry);
            if (policy.enabled()) {
                store.put(key, entry);
            }
        });
        return entries;
    }

    // Page views share one re-read per key (deduplicated); change events always re-read, since an in-flight
    // read may have started before the change.
    private void refreshInBackground(Set<K> keys, boolean deduplicate) {
        Set<K> batch = new LinkedHashSet<>();
        for (K key : keys) {
            if (!deduplicate || refreshing.add(key)) {
                batch.add(key);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        refresher.execute(() -> {
            try {
                Map<K, Entry<V>> loaded = load(batch);
                batch.stream().filter(key -> !loaded.containsKey(key)).forEach(store::invalidate);
            } catch (ErpException e) {
                log.warn("Re-reading {} {} from the ERP failed; serving last known values: {}", batch.size(), type, e.getMessage());
                batch.forEach(key -> store.asMap().computeIfPresent(key,
                        (k, entry) -> new Entry<>(entry.value(), entry.readAt(), false)));
            } finally {
                if (deduplicate) {
                    refreshing.removeAll(batch);
                }
            }
        });
    }

    /** Every entry lives until its read time plus the maximum age; after that it is not shown at all. */
    private final class UntilMaxAge implements Expiry<K, Entry<V>> {

        @Override
        public long expireAfterCreate(K key, Entry<V> entry, long currentTime) {
            Duration left = Duration.between(clock.instant(), entry.readAt().plus(policy.maxAge()));
            return Math.max(0, left.toNanos());
        }

        @Override
        public long expireAfterUpdate(K key, Entry<V> entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(K key, Entry<V> entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
