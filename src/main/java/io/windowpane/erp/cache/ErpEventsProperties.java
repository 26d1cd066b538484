package io.windowpane.erp.cache;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * ERP change events ({@code windowpane.erp.events.*}).
 *
 * @param callbackUrl where the ERP delivers this instance's webhooks; empty means http://localhost:{port}/erp/events
 * @param secret the HMAC secret shared with the ERP; empty means a random one per start (required in production)
 * @param signatureTolerance how old a signed delivery may be before it is refused
 * @param pollInterval how often the change feed is read as a safety net for lost webhooks
 * @param renewInterval how often the subscription is registered again (ERPs expire or lose subscriptions)
 * @param maxBodySize the largest delivery read; a larger one is refused before it is read
 */
@ConfigurationProperties("windowpane.erp.events")
record ErpEventsProperties(URI callbackUrl, String secret, @DefaultValue("5m") Duration signatureTolerance,
        @DefaultValue("5s") Duration pollInterval, @DefaultValue("10m") Duration renewInterval,
        @DefaultValue("64KB") DataSize maxBodySize) {
}
