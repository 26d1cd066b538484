package io.windowpane.admin;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;

/** Checks the ERP connection with a cheap read and reports how long it took, or what went wrong. */
@Service
class ErpConnection {

    /** The outcome of one check. */
    record Status(URI baseUrl, boolean up, long latencyMs, String problem, Instant checkedAt) {
    }

    private final ErpGateway erp;
    private final URI baseUrl;
    private final Clock clock;

    ErpConnection(ErpGateway erp, @Value("${windowpane.erp.base-url}") URI baseUrl, Clock clock) {
        this.erp = erp;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    Status check() {
        Instant start = clock.instant();
        try {
            erp.categories();
            return new Status(baseUrl, true, Duration.between(start, clock.instant()).toMillis(), null, clock.instant());
        } catch (ErpException e) {
            return new Status(baseUrl, false, Duration.between(start, clock.instant()).toMillis(), e.getMessage(), clock.instant());
        }
    }
}
