package io.windowpane.erp.tryton;

import static io.windowpane.erp.tryton.TrytonValues.amount;
import static io.windowpane.erp.tryton.TrytonValues.stream;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.windowpane.erp.Customer;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.Money;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.OrderStatus;
import io.windowpane.erp.SalesAgent;
import io.windowpane.erp.SalesOrder;
import io.windowpane.erp.Shipment;
import tools.jackson.databind.JsonNode;

/** A customer's orders and their shipments on Tryton: its confirmed sales and customer shipments. */
class TrytonSales {

    private static final List<String> SALE_FIELDS = List.of("number", "reference", "state", "shipment_state", "sale_date",
            "untaxed_amount", "tax_amount", "total_amount", "currency.code", "party.code", "comment", "write_date",
            "create_date", "shipment_address", "shipments", "shipping_date");

    private final TrytonRpc rpc;
    private final TrytonCompany company;
    private final TrytonParties parties;
    private final Clock clock;

    TrytonSales(TrytonRpc rpc, TrytonCompany company, TrytonParties parties, Clock clock) {
        this.rpc = rpc;
        this.company = company;
        this.parties = parties;
        this.clock = clock;
    }

    /** A customer's confirmed sales (drafts and quotations are not orders yet), newest first. */
    OrderPage orders(OrderQuery query) {
        List<Object> domain = new ArrayList<>(List.of(List.of("party.code", "=", query.customerId()),
                List.of("state", "in", List.of("confirmed", "processing", "done", "cancelled"))));
        if (query.status() != null) {
            domain.add(statusDomain(query.status()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip() + "%";
            domain.add(List.of("OR", List.of("number", "ilike", like), List.of("reference", "ilike", like)));
        }
        if (query.from() != null) {
            domain.add(List.of("sale_date", ">=", TrytonValues.date(query.from())));
        }
        if (query.to() != null) {
            domain.add(List.of("sale_date", "<=", TrytonValues.date(query.to())));
        }
        int size = Math.max(1, query.size());
        int page = Math.max(1, query.page());
        long total = rpc.model("sale.sale.search_count", domain).asLong();
        List<OrderPage.OrderSummary> orders = stream(rpc.model("sale.sale.search_read", domain, (page - 1) * size, size,
                List.of(List.of("sale_date", "DESC"), List.of("id", "DESC")), SALE_FIELDS))
                .map(sale -> new OrderPage.OrderSummary(sale.get("number").asString(), TrytonValues.text(sale, "reference"),
                        status(sale), TrytonValues.date(sale.get("sale_date")), money(sale, "total_amount"), null, agent(sale)))
                .toList();
        return new OrderPage(orders, page, size, total, clock.instant());
    }

    SalesOrder order(String orderNumber) {
        JsonNode sale = sale(orderNumber);
        Map<Boolean, List<JsonNode>> freightOrGoods = stream(rpc.model("sale.line.search_read",
                List.of(List.of("sale", "=", sale.get("id").asLong()), List.of("type", "=", "line")), 0, null,
                List.of(List.of("sequence", "ASC"), List.of("id", "ASC")), List.of("product.code", "product.name", "description",
                        "quantity", "unit.symbol", "unit_price", "amount", "shipment_cost")))
                .collect(Collectors.partitioningBy(line -> !line.path("shipment_cost").isNull()));
        // the freight line sale_shipment_cost adds is charged besides the goods
        List<JsonNode> lines = freightOrGoods.get(false);
        Currency money = currencyOf(sale);
        Money freight = amount(freightOrGoods.get(true).stream().map(line -> TrytonValues.decimal(line.get("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add), money);
        Map<Long, Integer> shipped = shippedPerLine(lines);
        List<SalesOrder.Line> orderLines = new ArrayList<>();
        for (JsonNode line : lines) {
            orderLines.add(new SalesOrder.Line(orderLines.size() + 1, TrytonValues.text(line, "product.code"),
                    TrytonValues.text(line, "product.name") != null ? TrytonValues.text(line, "product.name") : line.path("description").asString(),
                    (int) line.get("quantity").asDouble(), TrytonValues.text(line, "unit.symbol"),
                    amount(TrytonValues.decimal(line.get("unit_price")), money), amount(TrytonValues.decimal(line.get("amount")), money),
                    shipped.getOrDefault(line.get("id").asLong(), 0)));
        }
        Customer.ShipTo shipTo = sale.get("shipment_address").isNull() ? null : parties.address(sale.get("shipment_address").asLong());
        return new SalesOrder(orderNumber, TrytonValues.text(sale, "party.code"), TrytonValues.text(sale, "reference"),
                status(sale), TrytonValues.date(sale.get("sale_date")), TrytonValues.date(sale.get("shipping_date")),
                commentLine(sale, PLACED_BY_LINE), agent(sale), shipTo, orderLines,
                money(sale, "untaxed_amount").minus(freight), freight, money(sale, "tax_amount"), money(sale, "total_amount"),
                TrytonValues.modified(sale), clock.instant());
    }

    /** The sale's customer shipments, with the carrier and the tracking number Tryton keeps as their reference. */
    List<Shipment> shipments(String orderNumber) {
        JsonNode sale = sale(orderNumber);
        List<Long> ids = stream(sale.get("shipments")).map(JsonNode::asLong).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        JsonNode shipments = rpc.model("stock.shipment.out.read", ids, List.of("number", "state", "effective_date",
                "carrier.party.name", "carrier.carrier_product.name", "reference", "outgoing_moves"));
        List<Long> moveIds = stream(shipments).flatMap(sh -> stream(sh.get("outgoing_moves"))).map(JsonNode::asLong).toList();
        Map<Long, JsonNode> moves = stream(rpc.model("stock.move.read", moveIds, List.of("product.code", "quantity")))
                .collect(Collectors.toMap(m -> m.get("id").asLong(), Function.identity()));
        return stream(shipments).filter(sh -> !sh.get("state").asString().equals("cancelled")).map(sh -> {
            String carrier = TrytonValues.text(sh, "carrier.party.name");
            String tracking = sh.get("reference").isNull() || sh.get("reference").asString().isBlank() ? null : sh.get("reference").asString();
            LocalDate shipped = TrytonValues.date(sh.get("effective_date"));
            return new Shipment(sh.get("number").asString(), shipmentStatus(sh.get("state").asString()),
                    shipped == null ? null : shipped.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), null, carrier,
                    TrytonValues.text(sh, "carrier.carrier_product.name"),
                    tracking, trackingUrl(carrier, tracking),
                    stream(sh.get("outgoing_moves")).map(id -> moves.get(id.asLong())).map(m -> new Shipment.Line(
                            TrytonValues.text(m, "product.code"), (int) m.get("quantity").asDouble())).toList(), now);
        }).toList();
    }

    /** Tryton knows when goods left its warehouse, not when they arrived: "done" is shipped, anything before preparing. */
    private static String shipmentStatus(String state) {
        return state.equals("done") ? "SHIPPED" : "PREPARING";
    }

    /** Shipped quantity per sale line: its moves that reached the customer. */
    private Map<Long, Integer> shippedPerLine(List<JsonNode> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        List<String> origins = lines.stream().map(l -> "sale.line," + l.get("id").asLong()).toList();
        return stream(rpc.model("stock.move.search_read", List.of(List.of("origin", "in", origins), List.of("state", "=", "done"),
                List.of("to_location.type", "=", "customer")), 0, null, null, List.of("origin", "quantity")))
                .collect(Collectors.groupingBy(m -> Long.parseLong(m.get("origin").asString().split(",")[1]),
                        Collectors.summingInt(m -> (int) m.get("quantity").asDouble())));
    }

    /** Tryton's sale and shipment states in the portal's terms. */
    static OrderStatus status(JsonNode sale) {
        String state = sale.get("state").asString();
        String shipment = sale.path("shipment_state").asString();
        if (state.equals("cancelled")) {
            return OrderStatus.CANCELLED;
        }
        if (state.equals("done")) {
            return OrderStatus.CLOSED;
        }
        return switch (shipment) {
            case "sent" -> OrderStatus.SHIPPED;
            case "exception" -> OrderStatus.ON_HOLD;
            default -> OrderStatus.OPEN;
        };
    }

    private static List<Object> statusDomain(OrderStatus status) {
        List<String> running = List.of("confirmed", "processing");
        return switch (status) {
            case CANCELLED -> List.of("state", "=", "cancelled");
            case CLOSED -> List.of("state", "=", "done");
            case SHIPPED -> List.of(List.of("state", "in", running), List.of("shipment_state", "=", "sent"));
            case ON_HOLD -> List.of(List.of("state", "in", running), List.of("shipment_state", "=", "exception"));
            case OPEN -> List.of(List.of("state", "in", running), List.of("shipment_state", "in", List.of("none", "waiting")));
            // Tryton tells neither from its sale: nothing matches
            case PARTIALLY_SHIPPED, INVOICED -> List.of("id", "=", -1);
        };
    }

    private static URI trackingUrl(String carrier, String tracking) {
        if (carrier == null || tracking == null) {
            return null;
        }
        String name = carrier.toLowerCase(java.util.Locale.ROOT);
        String encoded = java.net.URLEncoder.encode(tracking, java.nio.charset.StandardCharsets.UTF_8);
        if (name.contains("fedex")) {
            return URI.create("https://www.fedex.com/fedextrack/?trknbr=" + encoded);
        }
        if (name.contains("ups")) {
            return URI.create("https://www.ups.com/track?tracknum=" + encoded);
        }
        return null;
    }

    /** A sale by its id, with the fields orders are read with. */
    JsonNode read(long saleId) {
        return rpc.model("sale.sale.read", List.of(saleId), SALE_FIELDS).get(0);
    }

    private JsonNode sale(String orderNumber) {
        JsonNode found = rpc.model("sale.sale.search_read", List.of(List.of("number", "=", orderNumber)), 0, 1, null, SALE_FIELDS);
        if (found.isEmpty()) {
            throw new ErpNotFoundException("Tryton has no sale " + orderNumber);
        }
        return found.get(0);
    }

    /**
     * The rep who placed the order for the customer. Tryton's own {@code agent} is the customer's commission agent,
     * set on every sale, so it cannot tell; the portal writes a line {@code Sales rep: CODE EMAIL} into the sale's
     * comment when a rep places it.
     */
    static SalesAgent agent(JsonNode sale) {
        String line = commentLine(sale, SALES_REP_LINE);
        if (line == null) {
            return null;
        }
        String[] parts = line.split("\\s+");
        return new SalesAgent(parts[0], parts.length > 1 ? parts[1] : null);
    }

    /** What follows a line's label in the sale's comment, where the portal keeps what Tryton has no field for. */
    private static String commentLine(JsonNode sale, String label) {
        String comment = TrytonValues.text(sale, "comment");
        return comment == null ? null : comment.lines().filter(line -> line.startsWith(label)).findFirst()
                .map(line -> line.substring(label.length()).strip()).orElse(null);
    }

    static final String SALES_REP_LINE = "Sales rep:";
    static final String PLACED_BY_LINE = "Placed by:";

    Currency currencyOf(JsonNode sale) {
        String code = TrytonValues.text(sale, "currency.code");
        return code == null ? company.currency() : Currency.getInstance(code);
    }

    Money money(JsonNode sale, String field) {
        BigDecimal value = TrytonValues.decimal(sale.get(field));
        return amount(value == null ? BigDecimal.ZERO : value, currencyOf(sale));
    }

}
