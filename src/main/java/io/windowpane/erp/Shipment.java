package io.windowpane.erp;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A shipment of (part of) an order, with the carrier's tracking number and page. */
public record Shipment(String number, String status, Instant shippedAt, Instant deliveredAt, String carrier,
        String service, String trackingNumber, URI trackingUrl, List<Line> lines, Instant readAt) {

    /** What the shipment carried. */
    public record Line(String sku, int qty) {
    }
}
