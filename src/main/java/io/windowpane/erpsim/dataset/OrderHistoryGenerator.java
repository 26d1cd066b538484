package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.windowpane.erpsim.dataset.SimOrder.Line;
import io.windowpane.erpsim.dataset.SimOrder.Status;
import io.windowpane.erpsim.dataset.SimShipment.Carrier;

/**
 * A year of order history per customer, dated back from the anchor day: older orders are invoiced with delivered
 * shipments (and closed once paid), recent ones are in transit, open or on hold. Historical unit prices drift below
 * today's so that a reorder shows price changes.
 */
final class OrderHistoryGenerator {

    private record Draft(SimCustomer customer, int seq, LocalDate date) {
        String key() {
            return customer.id() + "#" + seq;
        }
    }

    private final Seeds seeds;
    private final LocalDate anchor;
    private final ItemCatalog catalog;
    private final PriceBook prices;

    OrderHistoryGenerator(Seeds seeds, LocalDate anchor, ItemCatalog catalog, PriceBook prices) {
        this.seeds = seeds;
        this.anchor = anchor;
        this.catalog = catalog;
        this.prices = prices;
    }

    /** Orders numbered in date order across all customers, as an ERP's sequence would be. */
    List<SimOrder> generate(List<SimCustomer> customers) {
        List<Draft> drafts = new ArrayList<>();
        for (SimCustomer customer : customers) {
            int count = seeds.between(customer.id(), 31, 24, 60);
            for (int seq = 0; seq < count; seq++) {
                int age = seeds.below(customer.id() + "#" + seq, 32, 365);
                drafts.add(new Draft(customer, seq, anchor.minusDays(age)));
            }
        }
        drafts.sort(Comparator.comparing(Draft::date).thenComparing(d -> d.customer().id()).thenComparing(Draft::seq));
        List<SimOrder> orders = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            orders.add(order(firstOrderNumber() + i, drafts.get(i)));
        }
        return orders;
    }

    static int firstOrderNumber() {
        return 100001;
    }

    private SimOrder order(int sequence, Draft draft) {
        String key = draft.key();
        SimCustomer customer = draft.customer();
        long age = ChronoUnit.DAYS.between(draft.date(), anchor);
        List<Line> lines = lines(key, customer, age);
        BigDecimal subtotal = lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = Seeds.money(subtotal.multiply(customer.taxRate()));
        Status status = status(key, age, lines.size());
        String number = "SO" + sequence;
        Instant placedAt = draft.date().atTime(9 + seeds.below(key, 34, 8), seeds.below(key, 35, 60))
                .toInstant(ZoneOffset.UTC);
        List<SimShipment> shipments = shipments(key, number, status, lines, draft.date());
        List<Line> shippedLines = lines.stream().map(line -> isShipped(line, shipments) ? line.shipped() : line).toList();
        return new SimOrder(number, customer.id(), "PO" + (40000 + seeds.below(customer.id(), 36, 50000) + draft.seq()),
                status, draft.date(), draft.date().plusDays(seeds.between(key, 37, 2, 10)), customer.currency(),
                placedBy(key, customer), null, seeds.pick(key, 38, customer.shipTos()), shippedLines, subtotal, tax,
                subtotal.add(tax), placedAt, shipments);
    }

    private List<Line> lines(String key, SimCustomer customer, long age) {
        int count = seeds.between(key, 39, 1, 6);
        List<Line> lines = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        for (int j = 0; j < count; j++) {
            SimItem item = catalog.all().get(seeds.below(key + "/" + j, 40, catalog.all().size()));
            if (!skus.add(item.sku())) {
                continue;
            }
            int qty = seeds.between(key + "/" + j, 41, 1, "EA".equals(item.uom()) ? 12 : 40);
            // prices rise over the year: older orders were up to 6% cheaper than today
            int drift = age > 180 ? seeds.between(key + "/" + j, 42, 2, 6) : seeds.below(key + "/" + j, 42, 2);
            BigDecimal today = prices.priceFor(customer, item).unitPriceFor(qty);
            BigDecimal unitPrice = Seeds.money(today.multiply(BigDecimal.valueOf(100 - drift, 2)));
            lines.add(new Line(lines.size() + 1, item.sku(), item.name(), qty, item.uom(), unitPrice,
                    Seeds.money(unitPrice.multiply(BigDecimal.valueOf(qty))), 0));
        }
        return List.copyOf(lines);
    }

    private Status status(String key, long age, int lineCount) {
        if (age <= 2) {
            return seeds.percent(key, 43, 10) ? Status.ON_HOLD : Status.OPEN;
        }
        if (seeds.percent(key, 44, 3)) {
            return Status.CANCELLED;
        }
        if (age <= 7) {
            return lineCount > 1 && seeds.percent(key, 45, 50) ? Status.PARTIALLY_SHIPPED : Status.SHIPPED;
        }
        if (age <= 30) {
            return seeds.percent(key, 46, 50) ? Status.SHIPPED : Status.INVOICED;
        }
        return Status.INVOICED; // closed once its invoice is paid (Receivables)
    }

    private List<SimShipment> shipments(String key, String number, Status status, List<Line> lines, LocalDate date) {
        if (status == Status.PARTIALLY_SHIPPED) {
            return List.of(shipment(key, number, 1, lines.subList(0, (lines.size() + 1) / 2), date));
        }
        if (status != Status.SHIPPED && status != Status.INVOICED && status != Status.CLOSED) {
            return List.of();
        }
        if (lines.size() >= 3 && seeds.percent(key, 48, 30)) {
            int split = lines.size() / 2;
            return List.of(shipment(key, number, 1, lines.subList(0, split), date),
                    shipment(key, number, 2, lines.subList(split, lines.size()), date.plusDays(2)));
        }
        return List.of(shipment(key, number, 1, lines, date));
    }

    private SimShipment shipment(String key, String number, int n, List<Line> lines, LocalDate orderDate) {
        String shipKey = key + "/s" + n;
        Carrier carrier = seeds.pick(shipKey, 49, List.of(Carrier.values()));
        String tracking = trackingNumber(carrier, shipKey);
        Instant shippedAt = orderDate.plusDays(seeds.between(shipKey, 50, 1, 2)).atTime(16, 30).toInstant(ZoneOffset.UTC);
        Instant deliveredAt = shippedAt.plus(seeds.between(shipKey, 51, 1, 4), ChronoUnit.DAYS);
        SimShipment inTransit = new SimShipment("SH" + number.substring(2) + "-" + n, SimShipment.Status.IN_TRANSIT,
                shippedAt, null, carrier.displayName, seeds.pick(shipKey, 52, carrier.services), tracking,
                carrier.trackingUrl(tracking), lines.stream().map(l -> new SimShipment.Line(l.sku(), l.qty())).toList());
        boolean delivered = deliveredAt.isBefore(anchor.atStartOfDay(ZoneOffset.UTC).toInstant());
        return delivered ? inTransit.delivered(deliveredAt) : inTransit;
    }

    private String trackingNumber(Carrier carrier, String key) {
        long digits = Math.floorMod(seeds.hash(key, 53), 10_000_000_000L);
        return switch (carrier) {
            case UPS -> String.format("1Z%06X%010d", seeds.below(key, 54, 0xFFFFFF), digits);
            case FEDEX -> String.format("%02d%010d", seeds.between(key, 54, 10, 99), digits);
            case DHL -> String.format("%010d", digits);
        };
    }

    private String placedBy(String key, SimCustomer customer) {
        return switch (seeds.below(key, 55, 4)) {
            case 0 -> "EDI";
            case 1 -> "Phone order";
            case 2 -> "purchasing@" + customer.emailDomain();
            default -> "buyer@" + customer.emailDomain();
        };
    }

    private static boolean isShipped(Line line, List<SimShipment> shipments) {
        return shipments.stream().flatMap(s -> s.lines().stream()).anyMatch(l -> l.sku().equals(line.sku()));
    }
}
