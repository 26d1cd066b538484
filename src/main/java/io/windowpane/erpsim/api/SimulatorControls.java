package io.windowpane.erpsim.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

import io.windowpane.erpsim.SimulatorProperties;

/** What the /sim endpoints switch at runtime (latency, faults) and the request statistics. */
@Component
class SimulatorControls {

    record Latency(long meanMs, long jitterMs) {
    }

    record Faults(double errorRate, boolean outage, boolean commitThenTimeout) {
    }

    private volatile Latency latency;
    private volatile Faults faults = new Faults(0, false, false);
    private static final int MAX_TRACKED_REQUEST_IDS = 10_000;

    private final Latency initialLatency;
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> requestsById = new ConcurrentHashMap<>();

    SimulatorControls(SimulatorProperties properties) {
        this.initialLatency = new Latency(properties.latency().meanMs(), properties.latency().jitterMs());
        this.latency = initialLatency;
    }

    Latency latency() {
        return latency;
    }

    void latency(Latency latency) {
        this.latency = latency;
    }

    Faults faults() {
        return faults;
    }

    void faults(Faults faults) {
        this.faults = faults;
    }

    /** A delay around the mean, uniformly within ± jitter, never negative. */
    long nextDelayMs() {
        Latency current = latency;
        long jitter = current.jitterMs() > 0 ? ThreadLocalRandom.current().nextLong(-current.jitterMs(), current.jitterMs() + 1) : 0;
        return Math.max(0, current.meanMs() + jitter);
    }

    boolean failsNow() {
        Faults current = faults;
        return current.outage() || (current.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < current.errorRate());
    }

    /** Counts a request per endpoint, and per caller's request id so a test can count only its own requests. */
    void count(String endpoint, String requestId) {
        requests.computeIfAbsent(endpoint, key -> new LongAdder()).increment();
        if (requestId != null) {
            if (requestsById.size() >= MAX_TRACKED_REQUEST_IDS) {
                requestsById.clear();
            }
            requestsById.computeIfAbsent(requestId, id -> new ConcurrentHashMap<>())
                    .computeIfAbsent(endpoint, key -> new LongAdder()).increment();
        }
    }

    /** Requests per endpoint since the last reset: all of them, or only those with this request id. */
    Map<String, Long> stats(String requestId) {
        Map<String, LongAdder> counted = requestId == null ? requests : requestsById.getOrDefault(requestId, Map.of());
        Map<String, Long> snapshot = new TreeMap<>();
        counted.forEach((endpoint, count) -> snapshot.put(endpoint, count.sum()));
        return snapshot;
    }

    void resetStats() {
        requests.clear();
        requestsById.clear();
    }

    /** Start-up latency, no faults, no statistics. */
    void reset() {
        latency = initialLatency;
        faults = new Faults(0, false, false);
        resetStats();
    }
}
