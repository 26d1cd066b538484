package io.windowpane.erp.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;

import io.windowpane.erp.ErpException;
import io.windowpane.erp.Reading;

/**
 * One data type's read-through cache over the ERP. Missing keys are loaded in one batch; keys older than the
 * refresh time are served at once and re-read in the background (stale-while-revalidate), the stale keys of all
 * pages gathered into one batch while the previous re-read is under way (so a busy catalog costs one ERP request
 * per re-read, not one per page view); a failed
 * re-read keeps the value but marks it unconfirmed (stale-if-error) until it is older than the maximum age, and
 * pauses further re-reads with a growing backoff. Keys the ERP does not know are remembered briefly.
 *
 * <p>Entries are indexed by their <em>subject</em> (the SKU or customer a change event names), so an event
 * re-reads exactly its entries without scanning the cache. Every event bumps a generation; a load that started
 * before the latest event of a subject does not store its (older) answer for that subject.
 *
 * <p>Where the ERP answers many keys in one request, a re-read also takes along keys past half their refresh time,
 * up to the contract's batch: per group where the ERP answers per group (prices: one request per customer), else the
 * oldest held (stock, items). A customer's prices, or the stock of the items seen, then cost a few requests per
 * refresh interval, not one per page seen.
 *
 * <p>Where the ERP's change feed confirms that no event named a value since it was read ({@link FeedConfirmation}),
 * the value is shown as of the feed's last read and re-read only after the longer refresh time while followed:
 * its events re-read it when it changes, the timer is left as a safety net.
 *
 * <p>What it reads from the ERP it also tells its {@link Peers} (the other portal instances, see
 * {@link CacheSharing}), and takes what they read, unless a change event of the subject arrived here since the
 * peer asked the ERP, or it already holds a newer read.
 */
final class ReadThroughCache<K, V> {

    private static final Logger log = LoggerFactory.getLogger(ReadThroughCache.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);
    private static final String ALL = "\u0000all";
    // keys per background re-read: the ERP contract's largest batch
    static final int REFRESH_BATCH = 200;
    // Caffeine's node, the entry with its read time, and the key's place in the subject index
    private static final long ENTRY_OVERHEAD = 160;
    // the key's place in the group index, where there is one
    private static final long GROUP_INDEX_OVERHEAD = 48;

    /** Loads many keys with as few ERP requests as the contract allows; keys the ERP does not know are left out. */
    interface BatchLoader<K, V> {
        Map<K, V> load(Set<K> keys);
    }

    /** The other instances, told what this one read from the ERP and when it asked. */
    interface Peers<K, V> {
        void tell(Map<K, V> read, Instant askedAt);
    }

    // a change event's generation (for loads here) and the time it arrived (for reads told by peers)
    private record Change(long generation, Instant at) {
    }

    private record Entry<V>(V value, Instant readAt, boolean confirmed) {
        Reading<V> reading() {
            return new Reading<>(value, readAt, confirmed);
        }
    }

    private final String type;
    private final CachePolicy policy;
    private final BatchLoader<K, V> loader;
    private final Function<V, Instant> readAtOf;
    private final Function<K, String> subjectOf;
    private final Clock clock;
    private final Executor refresher;
    private final CacheMetrics metrics;
    private final Cache<K, Entry<V>> store;
    private final Cache<K, Boolean> unknown;
    private final Map<String, Set<K>> keysBySubject = new ConcurrentHashMap<>();
    private volatile Function<K, String> groupOf;
    private volatile boolean oldestAlong;
    private final Map<String, Set<K>> keysByGroup = new ConcurrentHashMap<>();
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();
    // stale keys page views found, waiting for the next background re-read; one re-read runs at a time
    private final Set<K> queued = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();
    // generations of the latest events per subject; a load never runs longer than this remembers them
    private final Map<String, Change> changedAt = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10))
            .maximumSize(200_000).<String, Change>build().asMap();
    private final AtomicInteger failedRefreshes = new AtomicInteger();
    private volatile Instant refreshPausedUntil = Instant.MIN;
    private volatile Peers<K, V> peers = (read, askedAt) -> { };
    private volatile Supplier<Instant> feedConfirmed = () -> null;

    ReadThroughCache(String type, CachePolicy policy, BatchLoader<K, V> loader, Function<V, Instant> readAtOf,
            Function<K, String> subjectOf, Clock clock, Executor refresher, CacheMetrics metrics) {
        this.type = type;
        this.policy = policy;
        this.loader = loader;
        this.readAtOf = readAtOf;
        this.subjectOf = subjectOf;
        this.clock = clock;
        this.refresher = refresher;
        this.metrics = metrics;
        // ages are measured on the same clock as the ERP read times
        this.store = Caffeine.newBuilder().maximumWeight(policy.maxBytes())
                .weigher((K key, Entry<V> entry) -> (int) Math.min(Integer.MAX_VALUE,
                        ENTRY_OVERHEAD + (groupOf == null ? 0 : GROUP_INDEX_OVERHEAD) + Footprint.of(key) + Footprint.of(entry.value())))
                .expireAfter(new UntilMaxAge())
                .ticker(() -> ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant()))
                .evictionListener((K key, Entry<V> entry, RemovalCause cause) -> unindex(key))
                .build();
        metrics.size(type, store);
        metrics.oldest(type, this::oldestAgeSeconds);
        this.unknown = Caffeine.newBuilder().maximumSize(Math.min(policy.maxSize(), 50_000))
                .expireAfterWrite(policy.unknownFor().isZero() ? Duration.ofNanos(1) : policy.unknownFor())
                .ticker(() -> ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant())).build();
    }

    /** The readings for these keys, in the order asked; an ERP failure propagates only if a key is missing. */
    Map<K, Reading<V>> getAll(Collection<K> keys) {
        return getAll(keys, Set.of());
    }

    /**
     * As {@link #getAll(Collection)}; when some of the keys must be read from the ERP, the same request also reads
     * those of {@code readAhead} not held yet (what the page the user most likely opens next shows), so that page
     * costs no request of its own. A page whose keys are all held never waits for its read-ahead.
     */
    Map<K, Reading<V>> getAll(Collection<K> keys, Collection<K> readAhead) {
        Map<K, Entry<V>> found = new LinkedHashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        Set<K> stale = new LinkedHashSet<>();
        Instant now = clock.instant();
        Instant confirmed = feedConfirmed.get();
        Duration refreshAfter = refreshAfter(confirmed);
        int knownUnknown = 0;
        for (K key : keys) {
            Entry<V> entry = policy.enabled() ? store.getIfPresent(key) : null;
            if (entry == null && policy.enabled() && unknown.getIfPresent(key) != null) {
                knownUnknown++;
            } else if (entry == null) {
                missing.add(key);
            } else {
                found.put(key, entry);
                // a value a re-read could not confirm (its event's, say) is tried again at the usual pace
                if (entry.readAt().plus(entry.confirmed() ? refreshAfter : policy.refreshAfter()).isBefore(now)) {
                    stale.add(key);
                }
            }
        }
        metrics.hits(type, found.size() + knownUnknown);
        metrics.misses(type, missing.size());
        if (!missing.isEmpty()) {
            Set<K> batch = new LinkedHashSet<>(missing);
            for (K key : readAhead) {
                if (batch.size() < REFRESH_BATCH && policy.enabled() && store.getIfPresent(key) == null && unknown.getIfPresent(key) == null) {
                    batch.add(key);
                }
            }
            found.putAll(load(batch));
        }
        if (!stale.isEmpty() && !now.isBefore(refreshPausedUntil)) {
            refreshInBackground(stale, true);
        }
        Map<K, Reading<V>> readings = new LinkedHashMap<>();
        for (K key : keys) {
            Entry<V> entry = found.get(key);
            if (entry != null) {
                readings.put(key, reading(key, entry, confirmed));
            }
        }
        return readings;
    }

    // as of the feed's last read where that confirms the value: read before it, and no event of its subject since
    private Reading<V> reading(K key, Entry<V> entry, Instant confirmed) {
        if (confirmed != null && entry.confirmed() && confirmed.isAfter(entry.readAt()) && !changedSince(key, entry.readAt())) {
            return new Reading<>(entry.value(), confirmed, true);
        }
        return entry.reading();
    }

    private Duration refreshAfter(Instant confirmed) {
        return confirmed != null ? policy.refreshAfterWhileFollowed() : policy.refreshAfter();
    }

    /** An ERP change event names this subject: re-read its cached entries now, in the background. */
    int refresh(String subject) {
        changedAt.put(subject, new Change(generation.incrementAndGet(), clock.instant()));
        unknown.asMap().keySet().removeIf(key -> subject.equals(subjectOf.apply(key)));
        Set<K> indexed = keysBySubject.getOrDefault(subject, Set.of());
        Set<K> keys = new LinkedHashSet<>();
        for (K key : indexed) {
            if (store.asMap().containsKey(key)) {
                keys.add(key);
            }
        }
        if (!keys.isEmpty()) {
            refreshInBackground(keys, false);
        }
        return keys.size();
    }

    /** The subjects of the cached entries whose key matches (to re-read them when an event cannot name them). */
    Set<String> subjectsWhere(Predicate<K> matching) {
        Set<String> subjects = new LinkedHashSet<>();
        store.asMap().keySet().stream().filter(matching).forEach(key -> subjects.add(subjectOf.apply(key)));
        return subjects;
    }

    void invalidateAll() {
        changedAt.put(ALL, new Change(generation.incrementAndGet(), clock.instant()));
        queued.removeIf(key -> {
            refreshing.remove(key);
            return true;
        });
        store.invalidateAll();
        unknown.invalidateAll();
        keysBySubject.clear();
        keysByGroup.clear();
    }

    /** Keys of one group are read in one ERP request (up to {@link #REFRESH_BATCH}); their re-reads go together. */
    ReadThroughCache<K, V> refreshingTogether(Function<K, String> groupOf) {
        this.groupOf = groupOf;
        return this;
    }

    /** Any keys are read in one ERP request (up to {@link #REFRESH_BATCH}); a re-read takes the oldest along. */
    ReadThroughCache<K, V> refreshingOldestTogether() {
        this.oldestAlong = true;
        return this;
    }

    /**
     * Values of this cache change only by ERP changes the feed tells of: {@code feed} answers the instant up to which it
     * has (or null while it cannot, see {@link FeedConfirmation#of}).
     */
    ReadThroughCache<K, V> confirmedBy(Supplier<Instant> feed) {
        this.feedConfirmed = feed;
        return this;
    }

    /** From now on, what this cache reads from the ERP is told to these peers. */
    void shareWith(Peers<K, V> peers) {
        this.peers = peers;
    }

    /**
     * What a peer read from the ERP, asked at {@code askedAt}: taken where no change event of the key's subject has
     * arrived here since and nothing newer is held; keys it brings up to date need no re-read of their own.
     */
    int takeFromPeer(Map<K, V> read, Instant askedAt) {
        if (!policy.enabled()) {
            return 0;
        }
        int taken = 0;
        Instant now = clock.instant();
        for (Map.Entry<K, V> shared : read.entrySet()) {
            K key = shared.getKey();
            if (changedSince(key, askedAt)) {
                continue;
            }
            Entry<V> offered = new Entry<>(shared.getValue(), readAtOf.apply(shared.getValue()), true);
            if (store.asMap().compute(key, (k, held) -> held != null && !held.readAt().isBefore(offered.readAt()) ? held : offered) != offered) {
                continue;
            }
            index(key);
            unknown.invalidate(key);
            if (offered.readAt().plus(refreshAfter(feedConfirmed.get())).isAfter(now) && queued.remove(key)) {
                refreshing.remove(key);
            }
            taken++;
        }
        return taken;
    }

    private Map<K, Entry<V>> load(Set<K> keys) {
        long started = generation.get();
        Instant askedAt = clock.instant();
        Map<K, V> loaded = metrics.timeLoad(type, () -> loader.load(keys));
        Map<K, Entry<V>> entries = new LinkedHashMap<>();
        Map<K, V> stored = new LinkedHashMap<>();
        for (K key : keys) {
            V value = loaded.get(key);
            boolean current = !supersededSince(key, started);
            if (value != null) {
                Entry<V> entry = new Entry<>(value, readAtOf.apply(value), true);
                entries.put(key, entry);
                if (policy.enabled() && current) {
                    store.put(key, entry);
                    index(key);
                    stored.put(key, value);
                }
            } else if (policy.enabled() && current && !policy.unknownFor().isZero()) {
                unknown.put(key, Boolean.TRUE);
            }
        }
        if (!stored.isEmpty()) {
            peers.tell(stored, askedAt);
        }
        return entries;
    }

    private void index(K key) {
        keysBySubject.computeIfAbsent(subjectOf.apply(key), s -> ConcurrentHashMap.newKeySet()).add(key);
        if (groupOf != null) {
            keysByGroup.computeIfAbsent(groupOf.apply(key), g -> ConcurrentHashMap.newKeySet()).add(key);
        }
    }

    // a change event arrived after this load asked the ERP: its answer may predate the change
    private boolean supersededSince(K key, long started) {
        Change subject = changedAt.get(subjectOf.apply(key));
        Change all = changedAt.get(ALL);
        return (subject != null && subject.generation() > started) || (all != null && all.generation() > started);
    }

    // the same for a peer's read, by time: the instances' clocks agree far closer than an ERP read takes
    private boolean changedSince(K key, Instant askedAt) {
        Change subject = changedAt.get(subjectOf.apply(key));
        Change all = changedAt.get(ALL);
        return (subject != null && !subject.at().isBefore(askedAt)) || (all != null && !all.at().isBefore(askedAt));
    }

    // Page views share one re-read per key (deduplicated), queued for the next batch; change events always re-read
    // at once, since an in-flight read may have started before the change.
    private void refreshInBackground(Set<K> keys, boolean deduplicate) {
        if (deduplicate) {
            keys.stream().filter(refreshing::add).forEach(queued::add);
            drainSoon();
            return;
        }
        try {
            refresher.execute(() -> reRead(keys, false));
        } catch (RejectedExecutionException busy) {
            // what the event changed must not be served as confirmed: the next page view reads it
            log.debug("Re-reading {} {} after a change event skipped: the refresh queue is full; forgotten", keys.size(), type);
            keys.forEach(this::forget);
        }
    }

    private void drainSoon() {
        if (queued.isEmpty() || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            refresher.execute(this::drain);
        } catch (RejectedExecutionException busy) {
            // the keys stay queued for the next page view to try again
            draining.set(false);
        }
    }

    private void drain() {
        try {
            while (!queued.isEmpty() && !clock.instant().isBefore(refreshPausedUntil)) {
                Set<K> batch = new LinkedHashSet<>();
                for (Iterator<K> keys = queued.iterator(); keys.hasNext() && batch.size() < REFRESH_BATCH; ) {
                    batch.add(keys.next());
                    keys.remove();
                }
                reRead(withKeysDueSoon(batch), true);
            }
        } finally {
            draining.set(false);
        }
        // keys queued just after the loop looked; while the ERP is paused, the next page view after the pause drains
        if (!clock.instant().isBefore(refreshPausedUntil)) {
            drainSoon();
        }
    }

    // the batch filled up with keys past half their refresh time, as many as one request (per group) takes
    private Set<K> withKeysDueSoon(Set<K> batch) {
        Function<K, String> group = groupOf;
        Instant dueSoon = clock.instant().minus(refreshAfter(feedConfirmed.get()).dividedBy(2));
        Set<K> filled = new LinkedHashSet<>(batch);
        if (group != null) {
            Map<String, Integer> sizes = new HashMap<>();
            batch.forEach(key -> sizes.merge(group.apply(key), 1, Integer::sum));
            sizes.forEach((name, size) -> takeAlong(keysByGroup.getOrDefault(name, Set.of()), REFRESH_BATCH - size, dueSoon, filled));
        } else if (oldestAlong) {
            // in about the order they were read: the oldest are the likeliest due
            Set<K> oldest = store.policy().expireVariably().map(expiry -> expiry.oldest(REFRESH_BATCH).keySet()).orElse(Set.of());
            takeAlong(oldest, REFRESH_BATCH - batch.size(), dueSoon, filled);
        }
        return filled;
    }

    private void takeAlong(Set<K> candidates, int room, Instant dueSoon, Set<K> batch) {
        for (Iterator<K> keys = candidates.iterator(); keys.hasNext() && room > 0; ) {
            K key = keys.next();
            Entry<V> entry = store.getIfPresent(key);
            if (entry != null && entry.readAt().isBefore(dueSoon) && refreshing.add(key)) {
                batch.add(key);
                room--;
            }
        }
    }

    private void reRead(Set<K> batch, boolean deduplicate) {
        try {
            Map<K, Entry<V>> loaded = load(batch);
            batch.stream().filter(key -> !loaded.containsKey(key)).forEach(this::forget);
            failedRefreshes.set(0);
            refreshPausedUntil = Instant.MIN;
        } catch (ErpException e) {
            int failures = failedRefreshes.incrementAndGet();
            Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 5));
            refreshPausedUntil = clock.instant().plus(backoff.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff);
            if (failures == 1) {
                log.warn("Re-reading {} {} from the ERP failed; serving last known values: {}", batch.size(), type, e.getMessage());
            } else {
                log.debug("Re-reading {} {} failed again ({} in a row): {}", batch.size(), type, failures, e.getMessage());
            }
            // a key re-read early (with its group) is still as fresh as its refresh time promises
            Instant due = clock.instant().minus(refreshAfter(feedConfirmed.get()));
            batch.forEach(key -> store.asMap().computeIfPresent(key, (k, entry) -> !deduplicate || entry.readAt().isBefore(due)
                    ? new Entry<>(entry.value(), entry.readAt(), false) : entry));
        } finally {
            if (deduplicate) {
                refreshing.removeAll(batch);
            }
        }
    }

    // entries expire in the order they were read (read time plus one maximum age), so the first to expire is the oldest
    private double oldestAgeSeconds() {
        return store.policy().expireVariably().flatMap(expiry -> expiry.oldest(1).values().stream().findFirst())
                .map(entry -> Duration.between(entry.readAt(), clock.instant()).toMillis() / 1000.0).orElse(Double.NaN);
    }

    private void forget(K key) {
        store.invalidate(key);
        unindex(key);
    }

    private void unindex(K key) {
        unindex(keysBySubject, subjectOf.apply(key), key);
        if (groupOf != null) {
            unindex(keysByGroup, groupOf.apply(key), key);
        }
    }

    private static <K> void unindex(Map<String, Set<K>> index, String name, K key) {
        index.computeIfPresent(name, (n, keys) -> {
            keys.remove(key);
            return keys.isEmpty() ? null : keys;
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
