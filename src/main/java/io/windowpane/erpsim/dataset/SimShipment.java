package io.windowpane.erpsim.dataset;

import java.time.Instant;
import java.util.List;

/** A shipment of (part of) an order, with the carrier's tracking number and page. */
public record SimShipment(String number, Status status, Instant shippedAt, Instant deliveredAt, String carrier,
        String service, String trackingNumber, String trackingUrl, List<Line> lines) {

    public enum Status {
        IN_TRANSIT, DELIVERED
    }

    public record Line(String sku, int qty) {
    }

    SimShipment delivered(Instant at) {
        return new SimShipment(number, Status.DELIVERED, shippedAt, at, carrier, service, trackingNumber, trackingUrl,
                lines);
    }

    /** The carriers the simulated distributor ships with, and their public tracking pages. */
    public enum Carrier {
        UPS("UPS", "https://www.ups.com/track?tracknum=", List.of("Ground", "2nd Day Air", "Next Day Air")),
        FEDEX("FedEx", "https://www.fedex.com/fedextrack/?trknbr=", List.of("Ground", "Express Saver", "Priority Overnight")),
        DHL("DHL", "https://www.dhl.com/us-en/home/tracking.html?tracking-id=", List.of("Express Worldwide", "Ground"));

        public final String displayName;
        final String trackingPage;
        final List<String> services;

        Carrier(String displayName, String trackingPage, List<String> services) {
            this.displayName = displayName;
            this.trackingPage = trackingPage;
            this.services = services;
        }

        public static Carrier named(String name) {
            for (Carrier carrier : values()) {
                if (carrier.displayName.equalsIgnoreCase(name) || carrier.name().equalsIgnoreCase(name)) {
                    return carrier;
                }
            }
            return UPS;
        }

        public String trackingUrl(String trackingNumber) {
            return trackingPage + trackingNumber;
        }
    }
}
