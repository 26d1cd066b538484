package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Reading;

class ReadThroughCacheTest {

    /** A value as the ERP would answer it: the key and when it was read. */
    record Value(String key, int version, Instant readAt) {
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final List<Set<String>> loads = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private boolean erpDown;
    private int version = 1;
    // the change feed's last read as the cache sees it (null: it confirms nothing)
    private Instant feedRead;

    private final ReadThroughCache<String, Value> cache = new ReadThroughCache<>("test",
            new CachePolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, 10_000_000, true, Duration.ofMinutes(1)), this::load,
            Value::readAt, ReadThroughCacheTest::subject, clock, Runnable::run, new CacheMetrics(registry));
    private Runnable duringNextLoad;

    // keys are "subject" or "subject:variant" (like a price per customer and SKU, whose events name the SKU)
    private static String subject(String key) {
        return key.split(":")[0];
    }

    private Map<String, Value> load(Set<String> keys) {
        loads.add(Set.copyOf(keys));
        int answered = version;
        if (duringNextLoad != null) {
            Runnable meanwhile = duringNextLoad;
            duringNextLoad = null;
            meanwhile.run();
        }
        if (erpDown) {
            throw new ErpUnavailableException("down", null);
        }
        Map<String, Value> values = new LinkedHashMap<>();
        keys.stream().filter(k -> !k.startsWith("unknown")).forEach(k -> values.put(k, new Value(k, answered, clock.instant())));
        return values;
    }

    @Test
    void loadsAllMissingKeysInOneBatch() {
        Map<String, Reading<Value>> readings = cache.getAll(List.of("A", "B", "C"));

        assertThat(readings).containsOnlyKeys("A", "B", "C");
        assertThat(loads).containsExactly(Set.of("A", "B", "C"));
    }

    @Test
    void servesCachedKeysWithoutAskingTheErp() {
        cache.getAll(List.of("A", "B"));

        cache.getAll(List.of("A", "B"));

        assertThat(loads).hasSize(1);
        assertThat(registry.get("windowpane.erp.cache.requests").tag("result", "hit").counter().count()).isEqualTo(2);
    }

    @Test
    void loadsOnlyTheKeysItDoesNotHave() {
        cache.getAll(List.of("A", "B"));

        cache.getAll(List.of("A", "B", "C"));

        assertThat(loads).containsExactly(Set.of("A", "B"), Set.of("C"));
    }

    @Test
    void readsAheadInTheSameBatchWhenSomeKeysMustBeRead() {
        Map<String, Reading<Value>> readings = cache.getAll(List.of("A"), List.of("B", "C"));

        assertThat(readings).containsOnlyKeys("A");
        assertThat(loads).containsExactly(Set.of("A", "B", "C"));
        cache.getAll(List.of("B", "C"));
        assertThat(loads).hasSize(1);
    }

    @Test
    void aPageWhoseKeysAreAllHeldNeverWaitsForItsReadAhead() {
        cache.getAll(List.of("A"));

        cache.getAll(List.of("A"), List.of("B"));

        assertThat(loads).containsExactly(Set.of("A"));
    }

    @Test
    void aGroupsReReadTakesItsOtherKeysPastHalfTheirRefreshTimeAlong() {
        ReadThroughCache<String, Value> grouped = groupedByCustomer();
        grouped.getAll(List.of("A:c1", "B:c1", "C:c2"));
        clock.advance(Duration.ofSeconds(12));
        grouped.getAll(List.of("D:c1"));
        clock.advance(Duration.ofSeconds(4));
        grouped.getAll(List.of("E:c1"));
        clock.advance(Duration.ofSeconds(15));
        loads.clear();

        grouped.getAll(List.of("A:c1"));

        assertThat(loads).as("c1's stale A, B and D (19 s old) along; not E (15 s), nor c2's C")
                .containsExactly(Set.of("A:c1", "B:c1", "D:c1"));
    }

    @Test
    void withoutGroupsAReReadTakesTheOldestKeysPastHalfTheirRefreshTimeAlong() {
        ReadThroughCache<String, Value> stock = new ReadThroughCache<>("oldest",
                new CachePolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, 10_000_000, true, Duration.ZERO), this::load,
                Value::readAt, ReadThroughCacheTest::subject, clock, Runnable::run, new CacheMetrics(registry))
                .refreshingOldestTogether();
        stock.getAll(List.of("A", "B", "C"));
        clock.advance(Duration.ofSeconds(12));
        stock.getAll(List.of("D"));
        clock.advance(Duration.ofSeconds(8));
        stock.getAll(List.of("E"));
        clock.advance(Duration.ofSeconds(11));
        loads.clear();

        stock.getAll(List.of("A"));

        assertThat(loads).as("stale A with B and C, and D (19 s old); not E (11 s)").containsExactly(Set.of("A", "B", "C", "D"));
    }

    @Test
    void aFailedGroupReReadLeavesTheKeysTakenAlongEarlyConfirmed() {
        ReadThroughCache<String, Value> grouped = groupedByCustomer();
        grouped.getAll(List.of("A:c1"));
        clock.advance(Duration.ofSeconds(12));
        grouped.getAll(List.of("D:c1"));
        clock.advance(Duration.ofSeconds(19));
        erpDown = true;

        grouped.getAll(List.of("A:c1"));

        assertThat(loads).last().isEqualTo(Set.of("A:c1", "D:c1"));
        Map<String, Reading<Value>> held = grouped.getAll(List.of("A:c1", "D:c1"));
        assertThat(held.get("A:c1").confirmed()).as("past its refresh time").isFalse();
        assertThat(held.get("D:c1").confirmed()).as("19 s old, within its refresh time").isTrue();
    }

    @Test
    void leavesOutKeysTheErpDoesNotKnow() {
        assertThat(cache.getAll(List.of("A", "unknown-1"))).containsOnlyKeys("A");
    }

    @Test
    void servesAStaleValueAtOnceAndReReadsItInTheBackground() {
        cache.getAll(List.of("A", "B"));
        clock.advance(Duration.ofSeconds(31));
        version = 2;

        Map<String, Reading<Value>> stale = cache.getAll(List.of("A", "B"));
        Map<String, Reading<Value>> refreshed = cache.getAll(List.of("A", "B"));

        assertThat(stale.get("A").value().version()).isEqualTo(1);
        assertThat(loads).containsExactly(Set.of("A", "B"), Set.of("A", "B"));
        assertThat(refreshed.get("A").value().version()).isEqualTo(2);
        assertThat(refreshed.get("A").confirmed()).isTrue();
    }

    @Test
    void staleKeysOfManyPageViewsAreReReadTogetherWhileAReReadIsUnderWay() {
        List<Runnable> refreshQueue = new ArrayList<>();
        ReadThroughCache<String, Value> busy = new ReadThroughCache<>("busy",
                new CachePolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, 10_000_000, true, Duration.ofMinutes(1)),
                this::load, Value::readAt, ReadThroughCacheTest::subject, clock, refreshQueue::add, new CacheMetrics(registry));
        busy.getAll(List.of("A", "B", "C", "D", "E"));
        clock.advance(Duration.ofSeconds(31));
        loads.clear();

        busy.getAll(List.of("A", "B"));
        busy.getAll(List.of("B", "C", "D"));
        busy.getAll(List.of("E"));
        assertThat(refreshQueue).as("one re-read waits to run, however many pages found stale keys").hasSize(1);
        refreshQueue.remove(0).run();

        assertThat(loads).containsExactly(Set.of("A", "B", "C", "D", "E"));
        assertThat(busy.getAll(List.of("A", "E")).get("E").readAt()).isEqualTo(clock.instant());
        assertThat(refreshQueue).isEmpty();
    }

    @Test
    void aReReadTakesAtMostTheContractsBatchOfKeysAtATime() {
        List<String> keys = java.util.stream.IntStream.range(0, ReadThroughCache.REFRESH_BATCH * 2 + 1).mapToObj(i -> "K" + i).toList();
        cache.getAll(keys);
        clock.advance(Duration.ofSeconds(31));
        loads.clear();

        cache.getAll(keys);

        assertThat(loads).extracting(Set::size).containsExactly(ReadThroughCache.REFRESH_BATCH, ReadThroughCache.REFRESH_BATCH, 1);
    }

    @Test
    void keepsTheLastKnownValueMarkedUnconfirmedWhenTheErpFails() {
        cache.getAll(List.of("A"));
        clock.advance(Duration.ofSeconds(31));
        erpDown = true;

        cache.getAll(List.of("A"));
        Reading<Value> lastKnown = cache.getAll(List.of("A")).get("A");

        assertThat(lastKnown.value().version()).isEqualTo(1);
        assertThat(lastKnown.confirmed()).isFalse();
        assertThat(lastKnown.readAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void stopsShowingALastKnownValueAfterTheMaximumAge() {
        cache.getAll(List.of("A"));
        erpDown = true;
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> cache.getAll(List.of("A"))).isInstanceOf(ErpUnavailableException.class);
    }

    @Test
    void aMissingKeyDuringAnOutageIsAnError() {
        erpDown = true;

        assertThatThrownBy(() -> cache.getAll(List.of("A"))).isInstanceOf(ErpUnavailableException.class);
        assertThat(registry.get("windowpane.erp.cache.errors").counter().count()).isEqualTo(1);
    }

    @Test
    void aChangeEventReReadsOnlyTheEntriesOfItsSubject() {
        cache.getAll(List.of("A", "B:1", "B:2"));
        version = 2;

        int touched = cache.refresh("B");

        assertThat(touched).isEqualTo(2);
        assertThat(loads).containsExactly(Set.of("A", "B:1", "B:2"), Set.of("B:1", "B:2"));
        assertThat(cache.getAll(List.of("A", "B:1"))).satisfies(r -> {
            assertThat(r.get("A").value().version()).isEqualTo(1);
            assertThat(r.get("B:1").value().version()).isEqualTo(2);
        });
    }

    @Test
    void aReReadThatStartedBeforeAChangeEventDoesNotOverwriteTheEventsNewerValue() {
        cache.getAll(List.of("A"));
        clock.advance(Duration.ofSeconds(31));
        // while the page's background re-read is waiting for the ERP (which answers version 1), the price changes
        // and its event's re-read answers version 2 first
        duringNextLoad = () -> {
            version = 2;
            cache.refresh("A");
        };

        cache.getAll(List.of("A"));

        assertThat(cache.getAll(List.of("A")).get("A").value().version()).isEqualTo(2);
    }

    @Test
    void remembersAKeyTheErpDoesNotKnowUntilAnEventNamesIt() {
        cache.getAll(List.of("unknown-1"));
        cache.getAll(List.of("unknown-1"));

        assertThat(loads).hasSize(1);
        cache.refresh("unknown-1");
        cache.getAll(List.of("unknown-1"));
        assertThat(loads).hasSize(2);
    }

    @Test
    void asksAgainForAnUnknownKeyOnceItsTimeIsUp() {
        cache.getAll(List.of("unknown-1"));
        clock.advance(Duration.ofMinutes(2));

        cache.getAll(List.of("unknown-1"));

        assertThat(loads).hasSize(2);
    }

    @Test
    void backsOffFromReReadingWhileTheErpKeepsFailing() {
        cache.getAll(List.of("A"));
        clock.advance(Duration.ofSeconds(31));
        erpDown = true;

        cache.getAll(List.of("A"));
        cache.getAll(List.of("A"));
        cache.getAll(List.of("A"));
        assertThat(loads).as("one failed re-read, then a pause").hasSize(2);

        clock.advance(Duration.ofSeconds(2));
        cache.getAll(List.of("A"));
        assertThat(loads).hasSize(3);
    }

    @Test
    void whenSwitchedOffEveryReadGoesToTheErp() {
        ReadThroughCache<String, Value> off = new ReadThroughCache<>("off",
                new CachePolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, 10_000_000, false, Duration.ZERO), this::load,
                Value::readAt, ReadThroughCacheTest::subject, clock, Runnable::run, new CacheMetrics(registry));

        off.getAll(List.of("A"));
        off.getAll(List.of("A"));

        assertThat(loads).hasSize(2);
    }

    @Test
    void tellsItsPeersWhatItReadAndWhenItAsked() {
        List<Map<String, Value>> told = new ArrayList<>();
        List<Instant> askedAt = new ArrayList<>();
        cache.shareWith((read, asked) -> {
            told.add(read);
            askedAt.add(asked);
        });
        Instant asked = clock.instant();

        cache.getAll(List.of("A", "unknown-1"));

        assertThat(told).hasSize(1);
        assertThat(told.get(0)).containsOnlyKeys("A");
        assertThat(askedAt).containsExactly(asked);
    }

    @Test
    void servesWhatAPeerReadWithoutAskingTheErp() {
        Value peerRead = new Value("A", 7, clock.instant());

        assertThat(cache.takeFromPeer(Map.of("A", peerRead), clock.instant())).isEqualTo(1);

        assertThat(cache.getAll(List.of("A")).get("A").value()).isEqualTo(peerRead);
        assertThat(loads).isEmpty();
    }

    @Test
    void dropsAPeersReadAskedBeforeAChangeEventOfItsSubjectArrivedHere() {
        Instant peerAsked = clock.instant();
        clock.advance(Duration.ofMillis(50));
        cache.refresh("A");
        clock.advance(Duration.ofMillis(100));

        int taken = cache.takeFromPeer(Map.of("A:C1", new Value("A:C1", 1, peerAsked), "B", new Value("B", 1, peerAsked)), peerAsked);

        assertThat(taken).as("only the key whose subject did not change").isEqualTo(1);
        cache.getAll(List.of("A:C1", "B"));
        assertThat(loads).containsExactly(Set.of("A:C1"));
    }

    @Test
    void keepsItsOwnNewerReadOverAPeersOlderOne() {
        Instant peerAsked = clock.instant();
        Value older = new Value("A", 1, clock.instant());
        clock.advance(Duration.ofSeconds(1));
        version = 2;
        cache.getAll(List.of("A"));

        assertThat(cache.takeFromPeer(Map.of("A", older), peerAsked)).isZero();
        assertThat(cache.getAll(List.of("A")).get("A").value().version()).isEqualTo(2);
    }

    @Test
    void aPeersFreshReadOfAStaleKeySparesItsQueuedReRead() {
        List<Runnable> background = new ArrayList<>();
        ReadThroughCache<String, Value> queued = new ReadThroughCache<>("queued",
                new CachePolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, 10_000_000, true, Duration.ZERO), this::load,
                Value::readAt, ReadThroughCacheTest::subject, clock, background::add, new CacheMetrics(registry));
        queued.getAll(List.of("A", "B"));
        clock.advance(Duration.ofSeconds(31));
        queued.getAll(List.of("A", "B"));
        assertThat(background).as("one re-read waiting").hasSize(1);

        queued.takeFromPeer(Map.of("A", new Value("A", 9, clock.instant())), clock.instant());
        background.forEach(Runnable::run);

        assertThat(loads).containsExactly(Set.of("A", "B"), Set.of("B"));
    }

    @Test
    void whileTheFeedConfirmsAValueItIsReReadOnlyAfterTheLongerRefreshTimeAndShownAsOfTheFeedsRead() {
        List<Runnable> background = new ArrayList<>();
        ReadThroughCache<String, Value> followed = confirmedByFeed(background::add);
        followed.getAll(List.of("A"));
        clock.advance(Duration.ofSeconds(40));
        feedRead = clock.instant().minusSeconds(2);

        Reading<Value> reading = followed.getAll(List.of("A")).get("A");

        assertThat(background).as("past its 30 s refresh time, but confirmed: no re-read").isEmpty();
        assertThat(reading.readAt()).isEqualTo(feedRead);
        assertThat(reading.confirmed()).isTrue();
        clock.advance(Duration.ofMinutes(10));
        feedRead = clock.instant();
        followed.getAll(List.of("A"));
        background.forEach(Runnable::run);
        assertThat(loads).as("the safety net's re-read after 10 min").containsExactly(Set.of("A"), Set.of("A"));
    }

    @Test
    void whenTheFeedConfirmsNothingTheRefreshTimeHolds() {
        List<Runnable> background = new ArrayList<>();
        ReadThroughCache<String, Value> followed = confirmedByFeed(background::add);
        followed.getAll(List.of("A"));
        Instant readAt = clock.instant();
        clock.advance(Duration.ofSeconds(40));
        feedRead = null;

        Reading<Value> reading = followed.getAll(List.of("A")).get("A");
        background.forEach(Runnable::run);

        assertThat(reading.readAt()).isEqualTo(readAt);
        assertThat(loads).containsExactly(Set.of("A"), Set.of("A"));
    }

    @Test
    void aValueAnEventNamedSinceItsReadIsNotShownAsConfirmedByTheFeed() {
        List<Runnable> background = new ArrayList<>();
        ReadThroughCache<String, Value> followed = confirmedByFeed(background::add);
        followed.getAll(List.of("A", "B"));
        Instant readAt = clock.instant();
        clock.advance(Duration.ofSeconds(5));
        followed.refresh("A");
        clock.advance(Duration.ofSeconds(1));
        feedRead = clock.instant();

        Map<String, Reading<Value>> readings = followed.getAll(List.of("A", "B"));

        assertThat(readings.get("A").readAt()).as("its re-read still under way").isEqualTo(readAt);
        assertThat(readings.get("B").readAt()).isEqualTo(feedRead);
    }

    @Test
    void aValueWhoseEventsReReadFailedIsTriedAgainAtItsUsualRefreshTimeWhileTheFeedConfirmsOthers() {
        ReadThroughCache<String, Value> followed = confirmedByFeed(Runnable::run);
        followed.getAll(List.of("A", "B"));
        erpDown = true;
        followed.refresh("A");
        erpDown = false;
        clock.advance(Duration.ofSeconds(31));
        feedRead = clock.instant();
        loads.clear();

        Map<String, Reading<Value>> readings = followed.getAll(List.of("A", "B"));

        assertThat(readings.get("A").confirmed()).isFalse();
        assertThat(loads).as("A again after 30 s; B confirmed by the feed").containsExactly(Set.of("A"));
    }

    private ReadThroughCache<String, Value> confirmedByFeed(Executor background) {
        return new ReadThroughCache<>("followed",
                new CachePolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(1), 1000, 10_000_000, true, Duration.ZERO),
                this::load, Value::readAt, ReadThroughCacheTest::subject, clock, background, new CacheMetrics(registry))
                .confirmedBy(() -> feedRead);
    }

    // keys "sku:customer", re-read together per customer as prices are
    private ReadThroughCache<String, Value> groupedByCustomer() {
        return new ReadThroughCache<>("grouped",
                new CachePolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, 10_000_000, true, Duration.ZERO), this::load,
                Value::readAt, ReadThroughCacheTest::subject, clock, Runnable::run, new CacheMetrics(registry))
                .refreshingTogether(key -> key.split(":")[1]);
    }
}
