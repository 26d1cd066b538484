package io.windowpane.erp.cache;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.windowpane.erp.ChangeEvent;

/**
 * Where ERP change events arrive, by webhook or from the change feed: each event id is applied once (webhooks
 * are retried and the feed repeats them), in any order, by re-reading what it names; then it is published as an
 * application event ({@link ChangeEvent}) for listeners outside the caches.
 */
@Service
class ChangeEventIntake {

    private static final Logger log = LoggerFactory.getLogger(ChangeEventIntake.class);

    private final CachedErpReads reads;
    private final ApplicationEventPublisher publisher;
    private final EventMetrics metrics;
    private final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(6))
            .maximumSize(1_000_000).build();

    ChangeEventIntake(CachedErpReads reads, ApplicationEventPublisher events, EventMetrics metrics) {
        this.reads = reads;
        this.metrics = metrics;
        this.publisher = events;
    }

    /** Applies the events not seen before; answers how many were new. */
    int accept(List<ChangeEvent> events, EventMetrics.Source source) {
        if (source == EventMetrics.Source.WEBHOOK) {
            metrics.delivered();
        }
        int fresh = 0;
        for (ChangeEvent event : events) {
            if (event.id() != null && seen.asMap().putIfAbsent(event.id(), Boolean.TRUE) == null) {
                int touched = reads.apply(event);
                metrics.applied(event, source);
                log.debug("ERP event {} {} {} re-reads {} cached entries", event.id(), event.type(), event.key(), touched);
                // for what keeps its own copy of ERP data (the search index), once per event as for the caches
                publisher.publishEvent(event);
                fresh++;
            }
        }
        return fresh;
    }
}
