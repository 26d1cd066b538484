package io.windowpane.erp.cache;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ERP change events ({@code windowpane.erp.events.*}).
 *
 * @param callbackUrl where the ERP should deliver webhooks; empty means http://localhost:{port}/erp/events
 * @param secret the HMAC secret shared with the ERP; empty means a random one per start
 * @param signatureTolerance how old a signed delivery may be before it is refused
 * @param pollInterval how often the change feed is read as a safety net for lost webhooks
 */
@ConfigurationProperties("windowpane.erp.events")
record ErpEventsProperties(URI callbackUrl, String secret, @DefaultValue("5m") Duration signatureTolerance,
        @DefaultValue("5s") Duration pollInterval) {
}
