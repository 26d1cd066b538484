package io.windowpane.erp.cache;

import java.net.URI;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * while the ERP is unreachable), and reads the change feed on a timer because real webhooks get lost.
 */
@Component
class ChangeFeedFollower {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedFollower.class);
    private static final int PAGE = 200;
    private static final Set<ChangeEvent.Type> CACHED_TYPES = Set.of(ChangeEvent.Type.PRICE, ChangeEvent.Type.STOCK,
            ChangeEvent.Type.ITEM);

    private final ErpGateway erp;
    private final ChangeEventIntake intake;
    private final ErpEventsProperties properties;
    private final ErpEventsController.WebhookSecret secret;
    private volatile URI callback;
    private volatile boolean subscribed;
    private volatile String cursor;

    ChangeFeedFollower(ErpGateway erp, ChangeEventIntake intake, ErpEventsProperties properties,
            ErpEventsController.WebhookSecret secret) {
        this.erp = erp;
        this.intake = intake;
        this.properties = properties;
        this.secret = secret;
    }

    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        callback = properties.callbackUrl() != null ? properties.callbackUrl()
                : URI.create("http://localhost:" + event.getWebServer().getPort() + "/erp/events");
        subscribe();
    }

    @Scheduled(initialDelayString = "${windowpane.erp.events.poll-interval:5s}", fixedDelayString = "${windowpane.erp.events.poll-interval:5s}")
    void follow() {
        if (!subscribed && callback != null) {
            subscribe();
        }
        try {
            if (cursor == null) {
                cursor = endOfFeed();
                return;
            }
            ChangeBatch batch;
            do {
                batch = erp.changes(cursor, PAGE);
                intake.accept(batch.events());
                cursor = batch.next();
            } while (batch.events().size() == PAGE);
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

    private void subscribe() {
        try {
            erp.subscribe(callback, secret.value(), CACHED_TYPES);
            subscribed = true;
            log.info("Subscribed to ERP change events at {}", callback);
        } catch (ErpException e) {
            log.warn("Could not subscribe to ERP change events yet ({}); the change feed is read meanwhile", e.getMessage());
        }
    }
}
