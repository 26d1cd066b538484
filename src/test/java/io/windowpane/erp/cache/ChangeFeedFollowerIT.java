package io.windowpane.erp.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.http.TestErpGateways;
import io.windowpane.support.TestErpSimulator;

/** The webhook subscription's lifecycle against the simulator: one per instance URL, renewed, ended on shutdown. */
class ChangeFeedFollowerIT {

    private final TestErpSimulator simulator = TestErpSimulator.shared();
    private final ErpGateway erp = TestErpGateways.http(simulator.baseUrl(), TestErpSimulator.API_KEY);

    @Test
    void renewsOneSubscriptionForItsUrlAndEndsItOnShutdown() {
        URI callback = URI.create("http://localhost:9/erp/events/" + UUID.randomUUID());
        ErpEventsProperties properties = new ErpEventsProperties(callback, "a-stable-configured-secret",
                Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ZERO, DataSize.ofKilobytes(64));
        ChangeFeedFollower follower = new ChangeFeedFollower(erp, null, properties,
                ErpEventsController.WebhookSecret.from(properties), Clock.systemUTC(),
                new EventMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), Clock.systemUTC()),
                new FeedConfirmation(erp, properties, Clock.systemUTC()));

        follower.renewSubscriptionIfDue();
        follower.renewSubscriptionIfDue();
        follower.renewSubscriptionIfDue();
        long whileRunning = subscriptionsTo(callback);
        follower.destroy();

        assertThat(whileRunning).isEqualTo(1);
        assertThat(subscriptionsTo(callback)).isZero();
    }

    private long subscriptionsTo(URI callback) {
        List<?> subscriptions = simulator.control().get().uri("/sim/subscriptions").retrieve().body(List.class);
        return subscriptions.stream().filter(s -> callback.toString().equals(((Map<?, ?>) s).get("url"))).count();
    }
}
