package io.windowpane.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.windowpane.erp.ErpCallMetering;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;

/**
 * Whether the ERP is answering now, per kind of data, judged from the ERP request meters over the last six
 * seconds: a kind whose requests failed twice or more, and at least one time in ten, is affected; two kinds
 * affected, or the circuit breaker open, means the ERP as a whole is not answering. While anything is affected
 * the ERP is asked a cheap question every two seconds, so recovery is seen even when nobody is reading.
 */
@Service
public class ErpHealth {

    static final Duration NOW = Duration.ofSeconds(6);
    /** How long one assessment serves the pages that ask. */
    static final Duration FRESH = Duration.ofSeconds(1);
    private static final double AFFECTED_ERROR_SHARE = 0.1;
    private static final int AFFECTED_ERRORS = 2;
    private static final Set<String> OPEN_BREAKER = Set.of("open", "forced_open");

    /** The ERP's state at one instant; {@code affected} is empty when all is well. */
    public record Status(boolean erpDown, Set<ErpData> affected, String circuitBreaker, Instant at) {

        public boolean degraded() {
            return erpDown || !affected.isEmpty();
        }
    }

    private final MeterHistory history;
    private final MeterRegistry registry;
    private final ErpGateway erp;
    private final Clock clock;
    private volatile Status latest;

    ErpHealth(MeterHistory history, MeterRegistry registry, ErpGateway erp, Clock clock) {
        this.history = history;
        this.registry = registry;
        this.erp = erp;
        this.clock = clock;
    }

    /** The state now (worked out at most once a second: every page asks). */
    public Status now() {
        Status status = latest;
        Instant now = clock.instant();
        if (status == null || status.at().isBefore(now.minus(FRESH))) {
            status = assess(now);
            latest = status;
        }
        return status;
    }

    @Scheduled(fixedDelay = 2000)
    void probeWhileDegraded() {
        if (now().degraded()) {
            try {
                erp.categories();
            } catch (ErpException stillFailing) {
                // counted by the request meters, which is what the next assessment reads
            }
        }
    }

    private Status assess(Instant now) {
        MeterHistory.Window window = history.last(NOW);
        Map<ErpData, long[]> callsAndFailures = new EnumMap<>(ErpData.class);
        window.counts().forEach((id, counts) -> {
            if (id.getName().equals(ErpCallMetering.METER)) {
                long[] tally = callsAndFailures.computeIfAbsent(ErpData.of(id.getTag("operation")), d -> new long[2]);
                tally[0] += counts.count();
                if (ErpCallMetering.FAILED_OUTCOMES.contains(id.getTag("outcome"))) {
                    tally[1] += counts.count();
                }
            }
        });
        Set<ErpData> affected = EnumSet.noneOf(ErpData.class);
        callsAndFailures.forEach((data, tally) -> {
            if (tally[1] >= AFFECTED_ERRORS && tally[1] >= AFFECTED_ERROR_SHARE * tally[0]) {
                affected.add(data);
            }
        });
        String breaker = circuitBreakerState();
        boolean down = affected.size() > 1 || OPEN_BREAKER.contains(breaker);
        return new Status(down, affected, breaker, now);
    }

    /** Resilience4j's gauge for the ERP's breaker (1 for the state it is in); "closed" when there is none. */
    String circuitBreakerState() {
        for (Meter meter : registry.find("resilience4j.circuitbreaker.state").tag("name", "erp").meters()) {
            if (meter instanceof Gauge gauge && gauge.value() > 0) {
                return gauge.getId().getTag("state");
            }
        }
        return "closed";
    }
}
