package io.windowpane.erp.cache;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.windowpane.erp.ChangeBatch;
import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;

/**
 * Keeps the portal told of ERP changes: registers the webhook receiver once the web server is up (retrying
 * while the ERP is unreachable, and renewing it now and then since ERPs expire or lose subscriptions), ends
 * the subscription on shutdown, and reads the change feed on a timer because real webhooks get lost.
 */
@Component
class ChangeFeedFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedFollower.class);
    private static final int PAGE = 200;
    private static final Set<ChangeEvent.Type> CACHED_TYPES = Set.of(ChangeEvent.Type.values());

    private final ErpGateway erp;
    private final ChangeEventIntake intake;
    private final ErpEventsProperties properties;
    private final ErpEventsController.WebhookSecret secret;
    private final Clock clock;
    private final EventMetrics metrics;
    private final FeedConfirmation confirmation;
    private volatile URI callback;
    private volatile String subscriptionId;
    private volatile Instant renewAt;
    private volatile String cursor;

    ChangeFeedFollower(ErpGateway erp, ChangeEventIntake intake, ErpEventsProperties properties,
            ErpEventsController.WebhookSecret secret, Clock clock, EventMetrics metrics, FeedConfirmation confirmation) {
        this.clock = clock;
        this.confirmation = confirmation;
        this.metrics = metrics;
        this.erp = erp;
        this.intake = intake;
        this.properties = properties;
        this.secret = secret;
        this.callback = properties.callbackUrl();
    }

    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        if (callback == null) {
            callback = URI.create("http://localhost:" + event.getWebServer().getPort() + "/erp/events");
        }
        subscribe();
    }

    @Scheduled(initialDelayString = "${windowpane.erp.events.poll-interval:5s}", fixedDelayString = "${windowpane.erp.events.poll-interval:5s}")
    void follow() {
        renewSubscriptionIfDue();
        readFeed();
    }

    void renewSubscriptionIfDue() {
        if (callback != null && (subscriptionId == null || !clock.instant().isBefore(renewAt))) {
            subscribe();
        }
    }

    private void readFeed() {
        Instant startedAt = clock.instant();
        try {
            if (cursor == null) {
                cursor = endOfFeed();
            } else {
                ChangeBatch batch;
                do {
                    batch = erp.changes(cursor, PAGE);
                    intake.accept(batch.events(), EventMetrics.Source.FEED);
                    cursor = batch.next();
                } while (batch.events().size() == PAGE);
            }
            metrics.feedRead();
            confirmation.read(startedAt);
        } catch (ErpException e) {
            log.debug("Reading the ERP change feed failed, will retry: {}", e.getMessage());
        }
    }

    // Events from before this start concern nothing cached yet: start following from the end.
    private String endOfFeed() {
        String position = null;
        ChangeBatch batch;
        do {
            batch = erp.changes(position, PAGE);
            position = batch.next();
        } while (batch.events().size() == PAGE);
        return position;
    }

    @Override
    public void destroy() {
        String id = subscriptionId;
        if (id != null) {
            try {
                erp.unsubscribe(id);
                log.info("Unsubscribed from ERP change events at {}", callback);
            } catch (ErpException e) {
                log.warn("Could not unsubscribe from ERP change events ({}); the ERP will drop it when deliveries fail",
                        e.getMessage());
            }
        }
    }

    private void subscribe() {
        try {
            boolean renewal = subscriptionId != null;
            subscriptionId = erp.subscribe(callback, secret.value(), CACHED_TYPES);
            renewAt = clock.instant().plus(properties.renewInterval());
            if (!renewal) {
                log.info("Subscribed to ERP change events at {}", callback);
            }
        } catch (ErpException e) {
            log.warn("Could not subscribe to ERP change events yet ({}); the change feed is read meanwhile", e.getMessage());
        }
    }
}
