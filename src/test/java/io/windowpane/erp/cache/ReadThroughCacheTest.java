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

    private final ReadThroughCache<String, Value> cache = new ReadThroughCache<>("test",
            new CachePolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, true), this::load, Value::readAt,
            clock, Runnable::run, new CacheMetrics(registry));

    private Map<String, Value> load(Set<String> keys) {
        loads.add(Set.copyOf(keys));
        if (erpDown) {
            throw new ErpUnavailableException("down", null);
        }
        Map<String, Value> values = new LinkedHashMap<>();
        keys.stream().filter(k -> !k.startsWith("unknown")).forEach(k -> values.put(k, new Value(k, version, clock.instant())));
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
    void aChangeEventReReadsOnlyTheEntriesItConcerns() {
        cache.getAll(List.of("A", "B"));
        version = 2;

        int touched = cache.refresh("B"::equals);

        assertThat(touched).isEqualTo(1);
        assertThat(loads).containsExactly(Set.of("A", "B"), Set.of("B"));
        assertThat(cache.getAll(List.of("A", "B"))).satisfies(r -> {
            assertThat(r.get("A").value().version()).isEqualTo(1);
            assertThat(r.get("B").value().version()).isEqualTo(2);
        });
    }

    @Test
    void whenSwitchedOffEveryReadGoesToTheErp() {
        ReadThroughCache<String, Value> off = new ReadThroughCache<>("off",
                new CachePolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, false), this::load, Value::readAt,
                clock, Runnable::run, new CacheMetrics(registry));

        off.getAll(List.of("A"));
        off.getAll(List.of("A"));

        assertThat(loads).hasSize(2);
    }
}
