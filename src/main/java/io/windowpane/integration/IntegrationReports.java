package io.windowpane.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.windowpane.checkout.OpenSubmissions;
import io.windowpane.erp.ErpCallMetering;

/** Builds the integration page's report from the meters: windows of the last 5 and 60 minutes, and gauges now. */
@Service
class IntegrationReports {

    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    static final Duration HOUR = Duration.ofMinutes(60);
    private static final int LISTED_SUBMISSIONS = 20;

    private final MeterHistory history;
    private final MeterRegistry registry;
    private final ErpHealth health;
    private final OpenSubmissions submissions;
    private final Environment environment;
    private final Clock clock;

    IntegrationReports(MeterHistory history, MeterRegistry registry, ErpHealth health, OpenSubmissions submissions,
            Environment environment, Clock clock) {
        this.history = history;
        this.registry = registry;
        this.health = health;
        this.submissions = submissions;
        this.environment = environment;
        this.clock = clock;
    }

    IntegrationReport now() {
        MeterHistory.Window five = history.last(FIVE_MINUTES);
        MeterHistory.Window hour = history.last(HOUR);
        String adapter = environment.getProperty("windowpane.erp.adapter", "http");
        String address = "tryton".equals(adapter) ? environment.getProperty("windowpane.erp.tryton.url")
                : environment.getProperty("windowpane.erp.base-url");
        return new IntegrationReport(clock.instant(), health.now(), adapter, address, operations(five, hour),
                caches(five, hour), events(five, hour), outbox());
    }

    private List<IntegrationReport.OperationRow> operations(MeterHistory.Window five, MeterHistory.Window hour) {
        Set<String> operations = new TreeSet<>();
        hour.counts().keySet().stream().filter(id -> id.getName().equals(ErpCallMetering.METER))
                .forEach(id -> operations.add(id.getTag("operation")));
        List<IntegrationReport.OperationRow> rows = new ArrayList<>();
        for (String operation : operations) {
            rows.add(new IntegrationReport.OperationRow(operation, ErpData.of(operation), requests(five, operation),
                    requests(hour, operation)));
        }
        rows.sort(Comparator.comparing(IntegrationReport.OperationRow::data).thenComparing(IntegrationReport.OperationRow::operation));
        return rows;
    }

    private static IntegrationReport.Figures requests(MeterHistory.Window window, String operation) {
        MeterHistory.Counts all = window.sum(ErpCallMetering.METER, id -> operation.equals(id.getTag("operation")));
        MeterHistory.Counts failed = window.sum(ErpCallMetering.METER,
                id -> operation.equals(id.getTag("operation")) && ErpCallMetering.FAILED_OUTCOMES.contains(id.getTag("outcome")));
        return figures(all, failed.count());
    }

    private static IntegrationReport.Figures figures(MeterHistory.Counts counts, long failures) {
        return counts.count() == 0 ? IntegrationReport.Figures.NONE
                : new IntegrationReport.Figures(counts.count(), failures, counts.percentile(0.5), counts.percentile(0.95));
    }

    private List<IntegrationReport.CacheRow> caches(MeterHistory.Window five, MeterHistory.Window hour) {
        List<IntegrationReport.CacheRow> rows = new ArrayList<>();
        for (Meter meter : registry.find("windowpane.erp.cache.entries").meters()) {
            String type = meter.getId().getTag("type");
            double oldest = gauge("windowpane.erp.cache.oldest", type);
            rows.add(new IntegrationReport.CacheRow(type, hitRatio(five, type), hitRatio(hour, type),
                    (long) gauge("windowpane.erp.cache.entries", type), (long) gauge("windowpane.erp.cache.bytes", type),
                    Double.isNaN(oldest) ? null : Duration.ofMillis((long) (oldest * 1000))));
        }
        rows.sort(Comparator.comparing(IntegrationReport.CacheRow::type));
        return rows;
    }

    private double gauge(String name, String type) {
        Gauge gauge = registry.find(name).tag("type", type).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    private static Double hitRatio(MeterHistory.Window window, String type) {
        long hits = window.sum("windowpane.erp.cache.requests", id -> type.equals(id.getTag("type")) && "hit".equals(id.getTag("result"))).count();
        long all = window.sum("windowpane.erp.cache.requests", id -> type.equals(id.getTag("type"))).count();
        return all == 0 ? null : 100.0 * hits / all;
    }

    private IntegrationReport.Events events(MeterHistory.Window five, MeterHistory.Window hour) {
        MeterHistory.Counts lagFive = five.sum("windowpane.erp.events.lag", id -> true);
        MeterHistory.Counts lagHour = hour.sum("windowpane.erp.events.lag", id -> true);
        return new IntegrationReport.Events(figures(lagFive, 0), figures(lagHour, 0),
                five.sum("windowpane.erp.events.received", id -> "webhook".equals(id.getTag("source"))).count(),
                five.sum("windowpane.erp.events.received", id -> "feed".equals(id.getTag("source"))).count(),
                epochGauge("webhook"), epochGauge("feed-poll"));
    }

    private Instant epochGauge(String source) {
        Gauge gauge = registry.find("windowpane.erp.events.last").tag("source", source).gauge();
        return gauge == null || gauge.value() <= 0 ? null : Instant.ofEpochSecond((long) gauge.value());
    }

    private IntegrationReport.Outbox outbox() {
        Gauge oldest = registry.find("windowpane.outbox.oldest").gauge();
        Gauge pending = registry.find("windowpane.outbox.pending").gauge();
        Gauge attention = registry.find("windowpane.outbox.attention").gauge();
        return new IntegrationReport.Outbox(pending == null ? 0 : (long) pending.value(),
                oldest == null || oldest.value() <= 0 ? null : Duration.ofSeconds((long) oldest.value()),
                attention == null ? 0 : (long) attention.value(), submissions.pending(LISTED_SUBMISSIONS),
                submissions.needingAttention());
    }
}
