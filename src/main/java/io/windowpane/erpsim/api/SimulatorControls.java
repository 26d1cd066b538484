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
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

    SimulatorControls(SimulatorProperties properties) {
        this.latency = new Latency(properties.latency().meanMs(), properties.latency().jitterMs());
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

    void count(String endpoint) {
        requests.computeIfAbsent(endpoint, key -> new LongAdder()).increment();
    }

    Map<String, Long> stats() {
        Map<String, Long> snapshot = new TreeMap<>();
        requests.forEach((endpoint, count) -> snapshot.put(endpoint, count.sum()));
        return snapshot;
    }

    void resetStats() {
        requests.clear();
    }
}
