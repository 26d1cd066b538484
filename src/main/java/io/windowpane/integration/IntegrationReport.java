package io.windowpane.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.windowpane.checkout.Submission;

/** What the integration page shows at one instant; every figure is read from the portal's meters. */
record IntegrationReport(Instant at, ErpHealth.Status status, String adapter, String erpAddress,
        List<OperationRow> operations, List<CacheRow> caches, Events events, Outbox outbox) {

    /** Requests (or events) within a window: how many, how many failed, and the median and 95th percentile latency. */
    record Figures(long count, long failures, Duration p50, Duration p95) {

        static final Figures NONE = new Figures(0, 0, null, null);

        /** The failed share in percent, or null without requests. */
        public Double failurePercent() {
            return count == 0 ? null : 100.0 * failures / count;
        }
    }

    record OperationRow(String operation, ErpData data, Figures lastFive, Figures lastHour) {
    }

    /** A data type's cache: hit ratios in percent (null without reads), size and the age of its oldest value. */
    record CacheRow(String type, Double hitsLastFive, Double hitsLastHour, long entries, long bytes, Duration oldest) {
    }

    record Events(Figures lagLastFive, Figures lagLastHour, long webhookLastFive, long feedLastFive, Instant lastWebhook,
            Instant lastFeedPoll) {
    }

    record Outbox(long pending, Duration oldestPending, long needingAttention, List<Submission> waiting,
            List<Submission> attention) {
    }
}
