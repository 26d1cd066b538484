package io.windowpane.erp.tryton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.windowpane.erp.Category;
import io.windowpane.erp.ChangeBatch;
import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Money;
import io.windowpane.erp.NewOrder;
import io.windowpane.erp.OrderConfirmation;
import io.windowpane.erp.OrderLineRequest;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.PriceQuote;
import io.windowpane.erp.SalesOrder;
import io.windowpane.erp.SalesRep;
import io.windowpane.erp.Shipment;
import tools.jackson.databind.JsonNode;

/**
 * The ERP port on Tryton 6.0 (TRYTON.md): customer id = party code, SKU = product code, rep code = the commission
 * agent's party code, category code = the product category's id. Reads are batched: a catalog page of any size
 * costs a fixed number of calls (search, count; prices: one per distinct break quantity; stock: two per
 * warehouse plus one for incoming receipts), never one per item.
 */
class TrytonErpGateway implements ErpGateway {

    private static final List<String> ITEM_FIELDS = List.of("code", "name", "categories", "default_uom.symbol",
            "list_price", "active", "type");
    private static final List<Object> ANY_ACTIVE = List.of("active", "in", List.of(true, false));

    static final java.time.Duration OVERLAP = java.time.Duration.ofSeconds(30);

    private final TrytonRpc rpc;
    private final Clock clock;
    private final TrytonChanges changeDetection;
    private volatile Currency currency;

    TrytonErpGateway(TrytonRpc rpc, Clock clock) {
        this.rpc = rpc;
        this.clock = clock;
        this.changeDetection = new TrytonChanges(rpc);
    }

    // --- customers and reps

    @Override
    public Customer customer(String customerId) {
        JsonNode party = party(customerId, "code", "name", "customer_payment_term", "customer_payment_term.name",
                "write_date", "create_date");
        Instant now = clock.instant();
        long partyId = party.get("id").asLong();
        List<Customer.ShipTo> shipTos = stream(rpc.model("party.address.search_read",
                List.of(List.of("party", "=", partyId), List.of("delivery", "=", true)), 0, null, null,
                List.of("rec_name", "name", "street", "city", "postal_code", "country.code")))
                .map(a -> new Customer.ShipTo(a.get("id").asString(), a.path("name").isNull() || a.path("name").asString().isBlank()
                        ? party.get("name").asString() : a.get("name").asString(), TrytonValues.text(a, "street"),
                        TrytonValues.text(a, "city"), TrytonValues.text(a, "postal_code"), TrytonValues.text(a, "country.code")))
                .toList();
        String term = TrytonValues.text(party, "customer_payment_term.name");
        Customer.PaymentTerms terms = term == null ? null
                : new Customer.PaymentTerms(term, term, dueDays(party.get("customer_payment_term").asLong()));
        return new Customer(customerId, customerId, party.get("name").asString(), currency(), repCodeOf(partyId), terms,
                Customer.OrderBlock.NONE, shipTos, TrytonValues.modified(party), now);
    }

    @Override
    public List<CustomerSummary> customersOfSalesRep(String salesRepCode) {
        Instant now = clock.instant();
        return stream(rpc.model("commission.agent.selection.search_read",
                List.of(List.of("agent.party.code", "=", salesRepCode)), 0, null, List.of(List.of("party.code", "ASC")),
                List.of("party.code", "party.name")))
                .map(s -> new CustomerSummary(TrytonValues.text(s, "party.code"), TrytonValues.text(s, "party.code"),
                        TrytonValues.text(s, "party.name"), now))
                .filter(distinctBy(CustomerSummary::id)).toList();
    }

    @Override
    public SalesRep salesRep(String code) {
        JsonNode agents = rpc.model("commission.agent.search_read", List.of(List.of("party.code", "=", code)), 0, 1, null,
                List.of("party", "party.name"));
        if (agents.isEmpty()) {
            throw new ErpNotFoundException("Tryton has no sales rep (commission agent) with code " + code);
        }
        JsonNode agent = agents.get(0);
        Map<String, String> contacts = new HashMap<>();
        stream(rpc.model("party.contact_mechanism.search_read", List.of(List.of("party", "=", agent.get("party").asLong())),
                0, null, null, List.of("type", "value"))).forEach(c -> contacts.putIfAbsent(c.get("type").asString(), c.get("value").asString()));
        return new SalesRep(code, TrytonValues.text(agent, "party.name"), contacts.get("email"), contacts.get("phone"), clock.instant());
    }

    /**
     * Credit as Tryton's {@code sale_credit_limit} sees it: {@code credit_amount} is the receivable plus confirmed
     * orders not yet invoiced, so balance = receivable and open orders = the difference. Tryton refuses to confirm
     * a sale above the limit, hence policy BLOCK; a party without a limit has none.
     */
    @Override
    public CreditAccount credit(String customerId) {
        JsonNode party = party(customerId, "credit_limit_amount", "credit_amount", "receivable", "receivable_today",
                "write_date", "create_date");
        Currency money = currency();
        BigDecimal limit = TrytonValues.decimal(party.get("credit_limit_amount"));
        BigDecimal used = orZero(TrytonValues.decimal(party.get("credit_amount")));
        BigDecimal balance = orZero(TrytonValues.decimal(party.get("receivable")));
        BigDecimal overdue = orZero(TrytonValues.decimal(party.get("receivable_today"))).max(BigDecimal.ZERO);
        CreditAccount.CreditPolicy policy = limit == null ? CreditAccount.CreditPolicy.NONE : CreditAccount.CreditPolicy.BLOCK;
        BigDecimal shownLimit = limit == null ? BigDecimal.ZERO : limit;
        return new CreditAccount(customerId, amount(shownLimit, money), amount(balance, money), amount(overdue, money),
                amount(used.subtract(balance), money), amount(shownLimit.subtract(used), money), policy,
                TrytonValues.modified(party), clock.instant());
    }

    // --- catalog

    @Override
    public ItemPage searchItems(ItemQuery query) {
        List<Object> domain = new ArrayList<>(List.of(List.of("salable", "=", true), List.of("type", "=", "goods")));
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip() + "%";
            domain.add(List.of("OR", List.of("name", "ilike", like), List.of("code", "ilike", like)));
        }
        if (query.category() != null && !query.category().isBlank()) {
            domain.add(List.of("categories", "=", categoryId(query.category())));
        }
        int size = Math.max(1, query.size());
        int page = Math.max(1, query.page());
        long total = rpc.model("product.product.search_count", domain).asLong();
        List<Item> items = items(rpc.model("product.product.search_read", domain, (page - 1) * size, size,
                List.of(List.of("code", "ASC")), ITEM_FIELDS));
        return new ItemPage(items, page, size, total, clock.instant());
    }

    @Override
    public List<Item> items(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return items(rpc.model("product.product.search_read", List.of(List.of("code", "in", List.copyOf(skus)), ANY_ACTIVE),
                0, null, null, ITEM_FIELDS));
    }

    @Override
    public List<Category> categories() {
        Instant now = clock.instant();
        return stream(rpc.model("product.category.search_read", List.of(List.of("accounting", "=", false)), 0, null,
                List.of(List.of("name", "ASC")), List.of("name", "parent")))
                .map(c -> new Category(c.get("id").asString(), c.get("name").asString(),
                        c.get("parent").isNull() ? null : c.get("parent").asString(), now))
                .toList();
    }

    /**
     * Prices through Tryton's own price computation ({@code sale_price_uom} read with the customer, price list and
     * quantity in the context): the break quantities come from the price list's lines that apply to each item,
     * and the items are priced together at each distinct break quantity, one call per quantity.
     */
    @Override
    public List<ContractPrice> prices(String customerId, Collection<String> skus) {
        JsonNode party = party(customerId, "sale_price_list");
        JsonNode products = rpc.model("product.product.search_read", List.of(List.of("code", "in", List.copyOf(skus)), ANY_ACTIVE),
                0, null, null, List.of("code", "categories", "default_uom.symbol"));
        if (products.isEmpty()) {
            return List.of();
        }
        Long priceList = party.get("sale_price_list").isNull() ? null : party.get("sale_price_list").asLong();
        Map<Long, Set<Integer>> breaks = breakQuantities(priceList, products);
        Set<Integer> quantities = breaks.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        List<Long> ids = stream(products).map(p -> p.get("id").asLong()).toList();
        Map<Integer, Map<Long, BigDecimal>> priced = new HashMap<>();
        for (int quantity : quantities) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("customer", party.get("id").asLong());
            context.put("price_list", priceList);
            context.put("quantity", quantity);
            priced.put(quantity, stream(rpc.model("product.product.read", ids, List.of("sale_price_uom"), rpc.context(context)))
                    .collect(Collectors.toMap(p -> p.get("id").asLong(),
                            p -> TrytonValues.decimal(p.get("sale_price_uom")).setScale(4, RoundingMode.HALF_UP))));
        }
        Instant now = clock.instant();
        Currency money = currency();
        return stream(products).map(p -> {
            long id = p.get("id").asLong();
            List<ContractPrice.PriceBreak> steps = new ArrayList<>();
            for (int quantity : breaks.get(id)) {
                BigDecimal unit = priced.get(quantity).get(id);
                if (steps.isEmpty() || steps.get(steps.size() - 1).unitPrice().compareTo(unit) != 0) {
                    steps.add(new ContractPrice.PriceBreak(quantity, unit));
                }
            }
            return new ContractPrice(p.get("code").asString(), money, TrytonValues.text(p, "default_uom.symbol"), steps, null,
                    null, priceList == null ? ContractPrice.PriceSource.LIST : ContractPrice.PriceSource.CONTRACT, now);
        }).toList();
    }

    /** Per product id: 1 and the minimum quantities of the price-list lines that apply to it. */
    private Map<Long, Set<Integer>> breakQuantities(Long priceList, JsonNode products) {
        List<JsonNode> lines = priceList == null ? List.of() : stream(rpc.model("product.price_list.line.search_read",
                List.of(List.of("price_list", "=", priceList)), 0, null, null, List.of("quantity", "product", "category"))).toList();
        Map<Long, Set<Integer>> breaks = new HashMap<>();
        for (JsonNode product : products) {
            Set<Long> categories = stream(product.get("categories")).map(JsonNode::asLong).collect(Collectors.toSet());
            Set<Integer> quantities = new TreeSet<>(Set.of(1));
            for (JsonNode line : lines) {
                boolean forProduct = line.get("product").isNull() || line.get("product").asLong() == product.get("id").asLong();
                boolean forCategory = line.get("category").isNull() || categories.contains(line.get("category").asLong());
                BigDecimal minimum = TrytonValues.decimal(line.get("quantity"));
                if (forProduct && forCategory && minimum != null && minimum.compareTo(BigDecimal.ONE) > 0) {
                    quantities.add(minimum.setScale(0, RoundingMode.CEILING).intValueExact());
                }
            }
            breaks.put(product.get("id").asLong(), quantities);
        }
        return breaks;
    }

    /**
     * Stock per warehouse: on hand ({@code quantity} at the warehouse), available (the same with
     * {@code stock_assign}, i.e. less what is reserved for shipments), and supplier receipts on their way.
     */
    @Override
    public List<ItemStock> stock(Collection<String> skus) {
        JsonNode products = rpc.model("product.product.search_read", List.of(List.of("code", "in", List.copyOf(skus)), ANY_ACTIVE),
                0, null, null, List.of("code"));
        if (products.isEmpty()) {
            return List.of();
        }
        List<Long> ids = stream(products).map(p -> p.get("id").asLong()).toList();
        List<JsonNode> warehouses = stream(rpc.model("stock.location.search_read", List.of(List.of("type", "=", "warehouse")),
                0, null, List.of(List.of("code", "ASC")), List.of("code", "name", "storage_location"))).toList();
        Map<Long, Map<Long, Integer>> onHand = new HashMap<>();
        Map<Long, Map<Long, Integer>> available = new HashMap<>();
        for (JsonNode warehouse : warehouses) {
            long id = warehouse.get("id").asLong();
            onHand.put(id, quantities(ids, Map.of("locations", List.of(id))));
            available.put(id, quantities(ids, Map.of("locations", List.of(warehouse.get("storage_location").asLong()),
                    "stock_assign", true)));
        }
        Map<Long, Map<Long, List<JsonNode>>> receipts = stream(rpc.model("stock.move.search_read",
                List.of(List.of("product", "in", ids), List.of("from_location.type", "=", "supplier"),
                        List.of("state", "in", List.of("draft", "assigned"))), 0, null, List.of(List.of("planned_date", "ASC")),
                List.of("product", "quantity", "planned_date", "to_location.warehouse")))
                .filter(m -> !TrytonValues.path(m, "to_location.warehouse").isNull())
                .collect(Collectors.groupingBy(m -> TrytonValues.path(m, "to_location.warehouse").asLong(),
                        Collectors.groupingBy(m -> m.get("product").asLong())));
        Instant now = clock.instant();
        return stream(products).map(p -> {
            long product = p.get("id").asLong();
            List<ItemStock.WarehouseStock> perWarehouse = warehouses.stream().map(w -> {
                long id = w.get("id").asLong();
                int hand = onHand.get(id).getOrDefault(product, 0);
                int free = Math.max(0, available.get(id).getOrDefault(product, 0));
                List<JsonNode> incoming = receipts.getOrDefault(id, Map.of()).getOrDefault(product, List.of());
                LocalDate next = incoming.isEmpty() ? null : TrytonValues.date(incoming.get(0).get("planned_date"));
                int coming = incoming.stream().mapToInt(m -> m.get("quantity").asInt()).sum();
                return new ItemStock.WarehouseStock(w.get("code").asString(), w.get("name").asString(), hand,
                        Math.max(0, hand - free), 0, free, coming, next, now);
            }).toList();
            return new ItemStock(p.get("code").asString(), perWarehouse, now);
        }).toList();
    }

    private Map<Long, Integer> quantities(List<Long> productIds, Map<String, Object> context) {
        return stream(rpc.model("product.product.read", productIds, List.of("quantity"), rpc.context(context)))
                .collect(Collectors.toMap(p -> p.get("id").asLong(), p -> (int) Math.floor(p.get("quantity").asDouble())));
    }

    // --- orders, shipments, quotes and placement

    private static final List<String> SALE_FIELDS = List.of("number", "reference", "state", "shipment_state", "sale_date",
            "untaxed_amount", "tax_amount", "total_amount", "currency.code", "party.code", "comment", "write_date",
            "create_date", "shipment_address", "shipments");

    /** A customer's confirmed sales (drafts and quotations are not orders yet), newest first. */
    @Override
    public OrderPage orders(OrderQuery query) {
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

    @Override
    public SalesOrder order(String orderNumber) {
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
        Customer.ShipTo shipTo = sale.get("shipment_address").isNull() ? null : address(sale.get("shipment_address").asLong());
        return new SalesOrder(orderNumber, TrytonValues.text(sale, "party.code"), TrytonValues.text(sale, "reference"),
                status(sale), TrytonValues.date(sale.get("sale_date")), null, null, agent(sale), shipTo, orderLines,
                money(sale, "untaxed_amount").minus(freight), freight, money(sale, "tax_amount"), money(sale, "total_amount"),
                TrytonValues.modified(sale), clock.instant());
    }

    /** The sale's customer shipments, with the carrier and the tracking number Tryton keeps as their reference. */
    @Override
    public List<Shipment> shipments(String orderNumber) {
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
    static io.windowpane.erp.OrderStatus status(JsonNode sale) {
        String state = sale.get("state").asString();
        String shipment = sale.path("shipment_state").asString();
        if (state.equals("cancelled")) {
            return io.windowpane.erp.OrderStatus.CANCELLED;
        }
        if (state.equals("done")) {
            return io.windowpane.erp.OrderStatus.CLOSED;
        }
        return switch (shipment) {
            case "sent" -> io.windowpane.erp.OrderStatus.SHIPPED;
            case "exception" -> io.windowpane.erp.OrderStatus.ON_HOLD;
            default -> io.windowpane.erp.OrderStatus.OPEN;
        };
    }

    private static List<Object> statusDomain(io.windowpane.erp.OrderStatus status) {
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

    private JsonNode sale(String orderNumber) {
        JsonNode found = rpc.model("sale.sale.search_read", List.of(List.of("number", "=", orderNumber)), 0, 1, null, SALE_FIELDS);
        if (found.isEmpty()) {
            throw new ErpNotFoundException("Tryton has no sale " + orderNumber);
        }
        return found.get(0);
    }

    private Customer.ShipTo address(long id) {
        JsonNode a = rpc.model("party.address.read", List.of(id), List.of("name", "party.name", "street", "city", "postal_code",
                "country.code")).get(0);
        String name = a.path("name").isNull() || a.path("name").asString().isBlank() ? TrytonValues.text(a, "party.name") : a.get("name").asString();
        return new Customer.ShipTo(a.get("id").asString(), name, TrytonValues.text(a, "street"), TrytonValues.text(a, "city"),
                TrytonValues.text(a, "postal_code"), TrytonValues.text(a, "country.code"));
    }

    /**
     * The rep who placed the order for the customer. Tryton's own {@code agent} is the customer's commission agent,
     * set on every sale, so it cannot tell; the portal writes a line {@code Sales rep: CODE EMAIL} into the sale's
     * comment when a rep places it.
     */
    static io.windowpane.erp.SalesAgent agent(JsonNode sale) {
        String comment = TrytonValues.text(sale, "comment");
        if (comment == null) {
            return null;
        }
        return comment.lines().filter(line -> line.startsWith(SALES_REP_LINE)).findFirst().map(line -> {
            String[] parts = line.substring(SALES_REP_LINE.length()).strip().split("\\s+");
            return new io.windowpane.erp.SalesAgent(parts[0], parts.length > 1 ? parts[1] : null);
        }).orElse(null);
    }

    static final String SALES_REP_LINE = "Sales rep:";

    private Currency currencyOf(JsonNode sale) {
        String code = TrytonValues.text(sale, "currency.code");
        return code == null ? currency() : Currency.getInstance(code);
    }

    private Money money(JsonNode sale, String field) {
        BigDecimal value = TrytonValues.decimal(sale.get(field));
        return amount(value == null ? BigDecimal.ZERO : value, currencyOf(sale));
    }

    /** Tryton computes the prices and taxes of a draft sale, which is deleted again: nothing is kept. */
    @Override
    public PriceQuote quote(String customerId, List<OrderLineRequest> lines) {
        long sale = createDraft(customerId, lines, null, null, null);
        try {
            JsonNode read = rpc.model("sale.sale.read", List.of(sale), SALE_FIELDS).get(0);
            List<PriceQuote.Line> quoted = stream(rpc.model("sale.line.search_read", List.of(List.of("sale", "=", sale),
                    java.util.Arrays.asList("shipment_cost", "=", null)), 0, null, List.of(List.of("id", "ASC")),
                    List.of("product.code", "quantity", "unit_price", "amount")))
                    .map(l -> new PriceQuote.Line(TrytonValues.text(l, "product.code"), (int) l.get("quantity").asDouble(),
                            amount(TrytonValues.decimal(l.get("unit_price")), currencyOf(read)),
                            amount(TrytonValues.decimal(l.get("amount")), currencyOf(read)))).toList();
            return new PriceQuote(quoted, money(read, "untaxed_amount"), money(read, "tax_amount"), money(read, "total_amount"),
                    clock.instant());
        } finally {
            rpc.model("sale.sale.delete", List.of(sale));
        }
    }

    /**
     * Exactly once per idempotency key (TRYTON.md: Tryton has none): the key is kept in the sale's comment and
     * searched for first, so a retry after a lost answer finds the first sale and carries it on (quote and confirm
     * are no-ops on a sale past that state). The portal's per-customer lock keeps two placements of one customer
     * from racing. A duplicate PO and a refusal of Tryton's credit check come back as rejections with Tryton's
     * message, and a refused sale is deleted.
     */
    @Override
    public OrderConfirmation placeOrder(NewOrder order, String idempotencyKey) {
        String keyLine = IDEMPOTENCY_LINE + " " + idempotencyKey;
        JsonNode earlier = rpc.model("sale.sale.search_read", List.of(List.of("comment", "ilike", "%" + keyLine + "%"),
                List.of("state", "!=", "cancelled")), 0, 1, null, List.of("state"));
        long sale;
        if (!earlier.isEmpty()) {
            sale = earlier.get(0).get("id").asLong();
        } else {
            if (order.customerPoNumber() != null && !order.customerPoNumber().isBlank() && rpc.model("sale.sale.search_count",
                    List.of(List.of("party.code", "=", order.customerId()), List.of("reference", "=", order.customerPoNumber()),
                            List.of("state", "!=", "cancelled"))).asLong() > 0) {
                throw new io.windowpane.erp.ErpRejectedException(409, "DUPLICATE_PO", "Purchase order " + order.customerPoNumber()
                        + " was already used for an order of " + order.customerId(), Map.of());
            }
            if (order.salesAgent() != null && rpc.model("commission.agent.search_count",
                    List.of(List.of("party.code", "=", order.salesAgent().code()))).asLong() == 0) {
                throw new io.windowpane.erp.ErpRejectedException(422, "UNKNOWN_SALES_AGENT", "Tryton has no sales rep "
                        + order.salesAgent().code(), Map.of("salesAgent", order.salesAgent().code()));
            }
            StringBuilder comment = new StringBuilder(keyLine).append('\n');
            if (order.placedBy() != null) {
                comment.append("Placed by: ").append(order.placedBy()).append('\n');
            }
            if (order.salesAgent() != null) {
                comment.append(SALES_REP_LINE).append(' ').append(order.salesAgent().code())
                        .append(order.salesAgent().email() == null ? "" : " " + order.salesAgent().email()).append('\n');
            }
            sale = createDraft(order.customerId(), order.lines(), order.customerPoNumber(), order.shipToId(), comment.toString());
        }
        try {
            rpc.model("sale.sale.quote", List.of(sale));
            rpc.model("sale.sale.confirm", List.of(sale));
        } catch (io.windowpane.erp.ErpRejectedException refused) {
            rpc.model("sale.sale.draft", List.of(sale));
            rpc.model("sale.sale.delete", List.of(sale));
            if (!refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("credit limit")) {
                throw refused;
            }
            // the port's credit rejection carries the figures the portal shows (as ERP-API.md's does)
            CreditAccount credit = credit(order.customerId());
            throw new io.windowpane.erp.ErpRejectedException(422, "CREDIT_LIMIT_EXCEEDED", refused.getMessage(),
                    Map.of("available", credit.available().amount(), "creditLimit", credit.creditLimit().amount()));
        }
        JsonNode confirmed = rpc.model("sale.sale.read", List.of(sale), SALE_FIELDS).get(0);
        return new OrderConfirmation(confirmed.get("number").asString(), status(confirmed), money(confirmed, "total_amount"), List.of());
    }

    static final String IDEMPOTENCY_LINE = "Idempotency-Key:";

    /** Orders ship from the first warehouse by code (Tryton sets none by itself when it has several). */
    private long shippingWarehouse() {
        return rpc.model("stock.location.search", List.of(List.of("type", "=", "warehouse")), 0, 1, List.of(List.of("code", "ASC")))
                .get(0).asLong();
    }

    /**
     * A draft sale as Tryton's client would build it: create runs no on_change, so the addresses, price list,
     * payment term, unit prices (Tryton's own, at each line's quantity) and taxes are set here.
     */
    private long createDraft(String customerId, List<OrderLineRequest> lines, String reference, String shipToId, String comment) {
        JsonNode party = party(customerId, "sale_price_list", "customer_payment_term", "addresses");
        long partyId = party.get("id").asLong();
        List<JsonNode> addresses = stream(rpc.model("party.address.search_read", List.of(List.of("party", "=", partyId)), 0, null,
                null, List.of("delivery", "invoice"))).toList();
        Long invoiceAddress = addresses.stream().filter(a -> a.path("invoice").asBoolean()).map(a -> a.get("id").asLong()).findFirst()
                .orElse(addresses.isEmpty() ? null : addresses.get(0).get("id").asLong());
        Long shipmentAddress = shipToId != null && !shipToId.isBlank() ? Long.valueOf(shipToId)
                : addresses.stream().filter(a -> a.path("delivery").asBoolean()).map(a -> a.get("id").asLong()).findFirst().orElse(invoiceAddress);
        List<String> skus = lines.stream().map(OrderLineRequest::sku).distinct().toList();
        Map<String, JsonNode> products = stream(rpc.model("product.product.search_read", List.of(List.of("code", "in", skus)), 0,
                null, null, List.of("code", "default_uom", "account_category.customer_taxes_used")))
                .collect(Collectors.toMap(p -> p.get("code").asString(), Function.identity()));
        for (String sku : skus) {
            if (!products.containsKey(sku)) {
                throw new io.windowpane.erp.ErpRejectedException(422, "UNKNOWN_SKU", "Tryton has no product " + sku, Map.of("sku", sku));
            }
        }
        Long priceList = party.get("sale_price_list").isNull() ? null : party.get("sale_price_list").asLong();
        Map<Integer, Map<Long, BigDecimal>> prices = new HashMap<>();
        for (int quantity : lines.stream().map(OrderLineRequest::qty).collect(Collectors.toCollection(TreeSet::new))) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("customer", partyId);
            context.put("price_list", priceList);
            context.put("quantity", quantity);
            prices.put(quantity, stream(rpc.model("product.product.read", products.values().stream().map(p -> p.get("id").asLong()).toList(),
                    List.of("sale_price_uom"), rpc.context(context))).collect(Collectors.toMap(p -> p.get("id").asLong(),
                    p -> TrytonValues.decimal(p.get("sale_price_uom")).setScale(4, RoundingMode.HALF_UP))));
        }
        List<Map<String, Object>> saleLines = new ArrayList<>();
        for (OrderLineRequest line : lines) {
            JsonNode product = products.get(line.sku());
            long productId = product.get("id").asLong();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("type", "line");
            values.put("product", productId);
            values.put("quantity", line.qty());
            values.put("unit", product.get("default_uom").asLong());
            values.put("unit_price", Map.of("__class__", "Decimal", "decimal", prices.get(line.qty()).get(productId).toPlainString()));
            // the taxes of the product's accounting category, as Tryton's client sets them
            values.put("taxes", List.of(List.of("add", stream(TrytonValues.path(product, "account_category.customer_taxes_used"))
                    .map(JsonNode::asLong).toList())));
            saleLines.add(values);
        }
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("party", partyId);
        sale.put("warehouse", shippingWarehouse());
        sale.put("invoice_address", invoiceAddress);
        sale.put("shipment_address", shipmentAddress);
        sale.put("price_list", priceList);
        if (!party.get("customer_payment_term").isNull()) {
            sale.put("payment_term", party.get("customer_payment_term").asLong());
        }
        if (reference != null) {
            sale.put("reference", reference);
        }
        if (comment != null) {
            sale.put("comment", comment);
        }
        sale.put("lines", List.of(List.of("create", saleLines)));
        return rpc.model("sale.sale.create", List.of(sale)).get(0).asLong();
    }

    /**
     * Tryton has no change feed: changes are polled from the records' write and create dates. The cursor is the
     * instant of the previous poll; each poll looks {@link #OVERLAP} further back (Tryton stamps a record with its
     * transaction's start, so a long transaction commits "in the past") and the events' ids (model, record, stamp)
     * let the intake drop what it has seen. Deletions are not visible this way.
     */
    @Override
    public ChangeBatch changes(String afterCursor, int limit) {
        Instant now = clock.instant();
        if (afterCursor == null) {
            return new ChangeBatch(List.of(), now.toString());
        }
        return new ChangeBatch(changeDetection.since(Instant.parse(afterCursor).minus(OVERLAP)), now.toString());
    }

    /** Tryton has no webhooks; the change feed above is polled instead, so there is nothing to subscribe to. */
    @Override
    public String subscribe(URI receiver, String secret, Set<ChangeEvent.Type> types) {
        return "tryton-polling";
    }

    @Override
    public void unsubscribe(String subscriptionId) {
        // nothing was subscribed
    }

    // --- helpers

    private JsonNode party(String customerId, String... fields) {
        JsonNode found = rpc.model("party.party.search_read", List.of(List.of("code", "=", customerId)), 0, 1, null, List.of(fields));
        if (found.isEmpty()) {
            throw new ErpNotFoundException("Tryton has no party with code " + customerId);
        }
        return found.get(0);
    }

    private String repCodeOf(long partyId) {
        JsonNode selections = rpc.model("commission.agent.selection.search_read", List.of(List.of("party", "=", partyId)), 0, 1,
                null, List.of("agent.party.code"));
        return selections.isEmpty() ? null : TrytonValues.text(selections.get(0), "agent.party.code");
    }

    private int dueDays(long paymentTermId) {
        return stream(rpc.model("account.invoice.payment_term.line.delta.search_read",
                List.of(List.of("line.payment", "=", paymentTermId)), 0, null, null, List.of("days")))
                .mapToInt(d -> d.path("days").asInt()).max().orElse(0);
    }

    private long categoryId(String code) {
        try {
            return Long.parseLong(code);
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }

    private List<Item> items(JsonNode products) {
        Instant now = clock.instant();
        Currency money = currency();
        return stream(products).map(p -> new Item(p.get("code").asString(), p.get("name").asString(),
                p.get("categories").isEmpty() ? null : p.get("categories").get(0).asString(),
                TrytonValues.text(p, "default_uom.symbol"), amount(TrytonValues.decimal(p.get("list_price")), money),
                false, !p.get("active").asBoolean(), now)).toList();
    }

    /** The company's currency, in which Tryton keeps prices and credit (read once). */
    private Currency currency() {
        Currency known = currency;
        if (known == null) {
            JsonNode company = rpc.model("company.company.search_read", List.of(), 0, 1, null, List.of("currency.code"));
            known = Currency.getInstance(TrytonValues.text(company.get(0), "currency.code"));
            currency = known;
        }
        return known;
    }

    private static Money amount(BigDecimal value, Currency currency) {
        return new Money(value.setScale(Math.max(value.scale(), currency.getDefaultFractionDigits()), RoundingMode.HALF_UP), currency);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static <T> java.util.function.Predicate<T> distinctBy(Function<T, ?> key) {
        Set<Object> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return value -> seen.add(key.apply(value));
    }
}
