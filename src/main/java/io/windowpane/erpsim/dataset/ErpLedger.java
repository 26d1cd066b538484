package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.windowpane.erpsim.SimulatorProperties;
import io.windowpane.erpsim.dataset.SimChange.ChangeType;
import io.windowpane.erpsim.dataset.SimChange.Type;
import io.windowpane.erpsim.dataset.SimCredit.Policy;
import io.windowpane.erpsim.dataset.SimCustomer.Blocked;
import io.windowpane.erpsim.dataset.SimOrder.Status;
import io.windowpane.erpsim.dataset.SimShipment.Carrier;

/**
 * The simulated ERP's books: customers, credit, stock, prices and orders. Reads are lock-free; every write
 * that checks and changes credit or stock runs under one lock, so two simultaneous orders can never both pass
 * a credit or stock check that only one of them fits.
 */
public final class ErpLedger {

    private static final BigDecimal DEMO_LIMIT_ACME = new BigDecimal("250000.00");
    private static final BigDecimal DEMO_LIMIT_BOLT = new BigDecimal("25000.00");
    private static final BigDecimal DEMO_HEADROOM_BOLT = new BigDecimal("1250.00");
    private static final BigDecimal DEMO_MIN_BALANCE_BOLT = new BigDecimal("5000.00");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    private final Object lock = new Object();
    private final SimulatorProperties.Dataset settings;
    private final Seeds seeds;
    private final Clock clock;
    private final LocalDate anchor;
    private final ItemCatalog catalog;
    private final PriceBook prices;
    private final StockLedger stock;
    private final Receivables receivables;
    private final Map<String, SimCustomer> customers = new ConcurrentHashMap<>();
    private final List<String> customerIds = new CopyOnWriteArrayList<>();
    private final Map<String, SimCredit> credit = new ConcurrentHashMap<>();
    private final Map<String, SimOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, List<String>> orderNumbersByCustomer = new ConcurrentHashMap<>();
    private final Map<String, Submission> submissions = new ConcurrentHashMap<>();
    private final AtomicInteger nextOrderNumber = new AtomicInteger();
    private final List<Consumer<List<SimChange>>> listeners = new CopyOnWriteArrayList<>();

    private record Submission(OrderRequest request, PlacedOrder answer) {
    }

    /** The outcome of placing an order: the answer, and whether it is the replay of an earlier one. */
    public record Placement(PlacedOrder answer, boolean replayed) {
    }

    public ErpLedger(SimulatorProperties.Dataset settings, Clock clock) {
        this.settings = settings;
        this.seeds = new Seeds(settings.seed());
        this.clock = clock;
        this.anchor = settings.anchorDate() != null ? settings.anchorDate() : LocalDate.now(clock);
        this.catalog = new ItemCatalog(seeds, settings.size().items);
        this.prices = new PriceBook(seeds, anchor);
        this.stock = new StockLedger(seeds, anchor);
        this.receivables = new Receivables(seeds);
        generate();
    }

    /** Back to the generated start state: every data change, order and idempotency key since start is dropped. */
    public void reset() {
        synchronized (lock) {
            Map<String, Boolean> items = catalog.reset();
            prices.reset();
            stock.reset();
            customers.clear();
            customerIds.clear();
            credit.clear();
            orders.clear();
            orderNumbersByCustomer.clear();
            submissions.clear();
            receivables.clear();
            generate();
            // items changed since start are as generated again, added ones gone: readers that copy items hear so
            if (!items.isEmpty()) {
                publish(items.entrySet().stream().map(item -> new SimChange(Type.ITEM, item.getKey(),
                        item.getValue() ? ChangeType.UPDATED : ChangeType.DELETED)).toList());
            }
        }
    }

    private void generate() {
        Instant start = clock.instant();
        List<SimCustomer> generated = new CustomerGenerator(seeds, start).generate(settings.size().customers);
        generated.forEach(c -> {
            customers.put(c.id(), c);
            customerIds.add(c.id());
            orderNumbersByCustomer.put(c.id(), new CopyOnWriteArrayList<>());
        });
        List<SimOrder> history = new OrderHistoryGenerator(seeds, anchor, catalog, prices).generate(generated);
        Map<String, List<SimOrder>> historyByCustomer = history.stream()
                .collect(Collectors.groupingBy(SimOrder::customerId, LinkedHashMap::new, Collectors.toList()));
        nextOrderNumber.set(OrderHistoryGenerator.firstOrderNumber() + history.size());
        for (SimCustomer customer : generated) {
            List<SimOrder> ofCustomer = historyByCustomer.getOrDefault(customer.id(), List.of());
            BigDecimal openOrders = ofCustomer.stream().filter(o -> o.status().isUninvoiced()).map(SimOrder::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            receivables.bill(customer, ofCustomer, anchor, demoBalance(customer.id(), openOrders)).forEach(this::store);
            credit.put(customer.id(), openingCredit(customer, openOrders, start));
        }
    }

    /**
     * The balance a demo customer's invoices are settled to: Bolt's fill its limit up to DEMO_HEADROOM_BOLT (it is
     * close to its limit, and pays late); everyone else's are paid as their habits go (null).
     */
    private static BigDecimal demoBalance(String customerId, BigDecimal openOrders) {
        return customerId.equals("C1001")
                ? DEMO_LIMIT_BOLT.subtract(openOrders).subtract(DEMO_HEADROOM_BOLT).max(DEMO_MIN_BALANCE_BOLT) : null;
    }

    /** Tells a listener (the change feed) about every change, in the order they happen. */
    public void onChange(Consumer<List<SimChange>> listener) {
        listeners.add(listener);
    }

    // ---- reads ----

    public ItemCatalog catalog() {
        return catalog;
    }

    public Optional<SimCustomer> customer(String id) {
        return Optional.ofNullable(customers.get(id));
    }

    public List<SimCustomer> customersOfSalesRep(String salesRepCode) {
        return customerIds.stream().map(customers::get).filter(c -> c.salesRepCode().equalsIgnoreCase(salesRepCode))
                .toList();
    }

    public SimSalesRep salesRep(String code) {
        return SimSalesRep.find(code).orElseThrow(() -> SimRejection.notFound("Sales rep", code));
    }

    /** The credit account, its balance and overdue amount as its invoices stand today. */
    public SimCredit credit(String customerId) {
        SimCredit account = Optional.ofNullable(credit.get(customerId))
                .orElseThrow(() -> SimRejection.notFound("Customer", customerId));
        SimCustomer customer = requireCustomer(customerId);
        return account.withReceivables(receivables.balance(customer), receivables.overdue(customer, LocalDate.now(clock)));
    }

    /**
     * A customer's invoices (all customers' when none is given), open ones by due date (the most overdue first),
     * otherwise newest first; {@code query} matches invoice, order or PO number; the dates bound the invoice date.
     */
    public Page<SimInvoice> invoices(String customerId, SimInvoice.Status status, String query, LocalDate from,
            LocalDate to, int page, int size) {
        Stream<SimInvoice> candidates = customerId == null || customerId.isBlank()
                ? customerIds.stream().map(customers::get).flatMap(c -> receivables.of(c).stream())
                : receivables.of(requireCustomer(customerId)).stream();
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        Comparator<SimInvoice> order = status == SimInvoice.Status.OPEN
                ? Comparator.comparing(SimInvoice::dueDate).thenComparing(SimInvoice::number)
                : Comparator.comparing(SimInvoice::invoiceDate).thenComparing(SimInvoice::number).reversed();
        return Page.of(candidates.filter(i -> status == null || i.status() == status)
                .filter(i -> from == null || !i.invoiceDate().isBefore(from))
                .filter(i -> to == null || !i.invoiceDate().isAfter(to))
                .filter(i -> q.isEmpty() || contains(i.number(), q) || contains(i.orderNumber(), q)
                        || contains(i.customerPoNumber(), q))
                .sorted(order), page, size);
    }

    public SimInvoice invoice(String number) {
        return receivables.customerOf(number).flatMap(this::customer)
                .flatMap(customer -> receivables.of(customer).stream().filter(i -> i.number().equals(number)).findFirst())
                .orElseThrow(() -> SimRejection.notFound("Invoice", number));
    }

    /** The customer's statement for the period (inclusive), with aging at its end. */
    public SimStatement statement(String customerId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new SimRejection(400, "INVALID_PERIOD", "from must not be after to");
        }
        return receivables.statement(requireCustomer(customerId), from, to);
    }

    private static boolean contains(String value, String query) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(query);
    }

    public List<SimPrice> prices(String customerId, Collection<String> skus) {
        SimCustomer customer = requireCustomer(customerId);
        return catalog.findAll(skus).stream().map(item -> prices.priceFor(customer, item)).toList();
    }

    public List<SimStock> stock(Collection<String> skus) {
        return catalog.findAll(skus).stream().flatMap(item -> stock.stockOf(item.sku()).stream()).toList();
    }

    public Page<SimOrder> orders(String customerId, Status status, String query, LocalDate from, LocalDate to, int page,
            int size) {
        Stream<SimOrder> candidates = customerId == null || customerId.isBlank() ? orders.values().stream()
                : orderNumbersByCustomer.getOrDefault(customerId, List.of()).stream().map(orders::get);
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return Page.of(candidates.filter(o -> status == null || o.status() == status)
                .filter(o -> from == null || !o.orderDate().isBefore(from))
                .filter(o -> to == null || !o.orderDate().isAfter(to))
                .filter(o -> q.isEmpty() || o.number().toLowerCase(Locale.ROOT).contains(q)
                        || (o.customerPoNumber() != null && o.customerPoNumber().toLowerCase(Locale.ROOT).contains(q)))
                .sorted(Comparator.comparing(SimOrder::orderDate).thenComparing(SimOrder::number).reversed()),
                page, size);
    }

    public SimOrder order(String number) {
        return Optional.ofNullable(orders.get(number)).orElseThrow(() -> SimRejection.notFound("Order", number));
    }

    public SimQuote quote(String customerId, List<OrderRequest.LineRequest> lines) {
        SimCustomer customer = requireCustomer(customerId);
        validateLines(lines);
        List<SimQuote.Line> quoted = lines.stream().map(line -> {
            SimItem item = catalog.find(line.sku()).orElseThrow();
            BigDecimal unitPrice = prices.priceFor(customer, item).unitPriceFor(line.qty());
            return new SimQuote.Line(item.sku(), line.qty(), unitPrice,
                    Seeds.money(unitPrice.multiply(BigDecimal.valueOf(line.qty()))));
        }).toList();
        BigDecimal subtotal = quoted.stream().map(SimQuote.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = Seeds.money(subtotal.multiply(customer.taxRate()));
        return new SimQuote(quoted, subtotal, tax, subtotal.add(tax), customer.currency());
    }

    // ---- order entry ----

    /**
     * Places an order exactly once per idempotency key: the same key with the same body answers the original
     * order again; with a different body it is refused.
     */
    public Placement placeOrder(String idempotencyKey, OrderRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new SimRejection(400, "IDEMPOTENCY_KEY_REQUIRED", "The Idempotency-Key header is required");
        }
        synchronized (lock) {
            Submission earlier = submissions.get(idempotencyKey);
            if (earlier != null) {
                if (!earlier.request().equals(request)) {
                    throw new SimRejection(422, "IDEMPOTENCY_MISMATCH",
                            "This idempotency key was used for a different order", Map.of("orderNumber", earlier.answer().number()));
                }
                return new Placement(earlier.answer(), true);
            }
            PlacedOrder answer = accept(request);
            submissions.put(idempotencyKey, new Submission(request, answer));
            return new Placement(answer, false);
        }
    }

    private PlacedOrder accept(OrderRequest request) {
        SimCustomer customer = requireCustomer(request.customerId());
        if (customer.blocked() == Blocked.ALL) {
            throw new SimRejection(422, "CUSTOMER_BLOCKED", "Customer " + customer.id() + " is blocked for orders",
                    Map.of("blocked", customer.blocked()));
        }
        SimQuote quote = quote(customer.id(), request.lines());
        if (request.salesAgent() != null && SimSalesRep.find(request.salesAgent().code()).isEmpty()) {
            throw new SimRejection(422, "UNKNOWN_SALES_AGENT", "Sales rep " + request.salesAgent().code() + " does not exist",
                    Map.of("salesAgent", String.valueOf(request.salesAgent().code())));
        }
        rejectDuplicatePo(customer.id(), request.customerPoNumber());
        List<String> warnings = checkCredit(customer.id(), quote.total());
        checkStock(request.lines());

        Instant now = clock.instant();
        String number = "SO" + nextOrderNumber.getAndIncrement();
        List<SimOrder.Line> lines = new ArrayList<>();
        for (SimQuote.Line q : quote.lines()) {
            SimItem item = catalog.find(q.sku()).orElseThrow();
            lines.add(new SimOrder.Line(lines.size() + 1, item.sku(), item.name(), q.qty(), item.uom(), q.unitPrice(),
                    q.lineTotal(), 0));
            stock.commit(item.sku(), q.qty(), now);
        }
        SimOrder order = new SimOrder(number, customer.id(), blankToNull(request.customerPoNumber()), Status.OPEN,
                LocalDate.now(clock), request.requestedDate(), customer.currency(), request.placedBy(),
                request.salesAgent(), shipTo(customer, request.shipToId()), List.copyOf(lines), quote.subtotal(), quote.tax(), quote.total(),
                now, List.of());
        store(order);
        SimCredit before = credit(customer.id());
        credit.put(customer.id(), before.withOpenOrders(before.openOrders().add(quote.total()), now));

        List<SimChange> changes = new ArrayList<>();
        changes.add(new SimChange(Type.ORDER, number, ChangeType.CREATED));
        changes.add(SimChange.updated(Type.CREDIT, customer.id()));
        lines.stream().map(SimOrder.Line::sku).distinct().forEach(sku -> changes.add(SimChange.updated(Type.STOCK, sku)));
        publish(changes);
        return new PlacedOrder(number, Status.OPEN, quote.total(), quote.currency(), warnings);
    }

    private void rejectDuplicatePo(String customerId, String poNumber) {
        if (poNumber == null || poNumber.isBlank()) {
            return;
        }
        orderNumbersByCustomer.get(customerId).stream().map(orders::get)
                .filter(o -> poNumber.equalsIgnoreCase(o.customerPoNumber())).findFirst().ifPresent(existing -> {
                    throw new SimRejection(409, "DUPLICATE_PO",
                            "PO number " + poNumber + " was already used on order " + existing.number(),
                            Map.of("existingOrderNumber", existing.number()));
                });
    }

    private List<String> checkCredit(String customerId, BigDecimal orderTotal) {
        SimCredit account = credit(customerId);
        if (account.policy() == Policy.NONE || orderTotal.compareTo(account.available()) <= 0) {
            return List.of();
        }
        if (account.policy() == Policy.WARN) {
            return List.of("CREDIT_LIMIT_EXCEEDED");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("creditLimit", account.creditLimit());
        details.put("balance", account.balance());
        details.put("openOrders", account.openOrders());
        details.put("available", account.available());
        details.put("orderTotal", orderTotal);
        throw new SimRejection(422, "CREDIT_LIMIT_EXCEEDED",
                "The order total exceeds the customer's available credit", details);
    }

    private void checkStock(List<OrderRequest.LineRequest> lines) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        lines.forEach(line -> wanted.merge(line.sku(), line.qty(), Integer::sum));
        List<Map<String, Object>> short_ = new ArrayList<>();
        wanted.forEach((sku, qty) -> {
            int available = stock.totalAvailable(sku);
            if (qty > available && !catalog.find(sku).orElseThrow().backorderable()) {
                short_.add(Map.of("sku", sku, "requested", qty, "available", available));
            }
        });
        if (!short_.isEmpty()) {
            throw new SimRejection(422, "INSUFFICIENT_STOCK", "Not enough stock for " + short_.size() + " line(s)",
                    Map.of("lines", short_));
        }
    }

    private void validateLines(List<OrderRequest.LineRequest> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new SimRejection(400, "NO_LINES", "An order needs at least one line");
        }
        for (OrderRequest.LineRequest line : lines) {
            if (line.qty() == null || line.qty() <= 0) {
                throw new SimRejection(400, "INVALID_QUANTITY", "Quantity must be a positive whole number",
                        Map.of("sku", String.valueOf(line.sku())));
            }
            SimItem item = catalog.find(line.sku()).orElseThrow(() -> new SimRejection(422, "UNKNOWN_ITEM",
                    "Item " + line.sku() + " does not exist", Map.of("sku", String.valueOf(line.sku()))));
            if (item.discontinued()) {
                throw new SimRejection(422, "ITEM_DISCONTINUED", "Item " + item.sku() + " is no longer sold",
                        Map.of("sku", item.sku()));
            }
        }
    }

    // ---- changes made by ERP users (the /sim control endpoints) ----

    /** Changes the limit, and the balance as an adjustment on the customer's invoices (see {@link Receivables}). */
    public SimCredit changeCredit(String customerId, BigDecimal creditLimit, BigDecimal balance) {
        if (balance != null && balance.signum() < 0) {
            throw new SimRejection(400, "INVALID_BALANCE", "balance cannot be negative");
        }
        synchronized (lock) {
            SimCustomer customer = requireCustomer(customerId);
            Instant now = clock.instant();
            SimCredit before = credit.get(customerId);
            credit.put(customerId, before.withLimit(creditLimit != null ? creditLimit : before.creditLimit(), now));
            List<SimChange> changes = new ArrayList<>(List.of(SimChange.updated(Type.CREDIT, customerId)));
            if (balance != null) {
                receivables.setBalance(customer, balance, LocalDate.now(clock), now);
                changes.add(SimChange.updated(Type.INVOICE, customerId));
            }
            publish(changes);
            return credit(customerId);
        }
    }

    /** Assigns the customer to another sales rep (an ERP user moving the account). */
    public SimCustomer changeSalesRep(String customerId, String salesRepCode) {
        SimSalesRep rep = salesRep(salesRepCode);
        synchronized (lock) {
            SimCustomer after = requireCustomer(customerId).withSalesRep(rep.code(), clock.instant());
            customers.put(customerId, after);
            publish(List.of(SimChange.updated(Type.CUSTOMER, customerId)));
            return after;
        }
    }

    public SimCustomer changeBlocked(String customerId, Blocked blocked) {
        synchronized (lock) {
            SimCustomer after = requireCustomer(customerId).withBlocked(blocked, clock.instant());
            customers.put(customerId, after);
            publish(List.of(SimChange.updated(Type.CUSTOMER, customerId)));
            return after;
        }
    }

    /**
     * Adds an item, or changes one as an ERP user would (fields left null keep their value; a new item needs
     * them all but the flags).
     */
    public SimItem changeItem(String sku, String name, String category, String uom, BigDecimal listPrice,
            Boolean backorderable, Boolean discontinued) {
        synchronized (lock) {
            Optional<SimItem> current = catalog.find(sku);
            if (current.isEmpty() && (name == null || category == null || uom == null || listPrice == null)) {
                throw new SimRejection(400, "INCOMPLETE_ITEM", "A new item needs a name, category, uom and listPrice");
            }
            String categoryCode = category != null ? category : current.get().category();
            if (catalog.categories().stream().noneMatch(c -> c.code().equals(categoryCode))) {
                throw SimRejection.notFound("Category", categoryCode);
            }
            if (listPrice != null && listPrice.signum() < 0) {
                throw new SimRejection(400, "INVALID_PRICE", "listPrice cannot be negative");
            }
            SimItem item = ItemCatalog.item(sku, name != null ? name : current.get().name(), categoryCode,
                    uom != null ? uom : current.get().uom(), listPrice != null ? listPrice : current.get().listPrice(),
                    backorderable != null ? backorderable : current.map(SimItem::backorderable).orElse(false),
                    discontinued != null ? discontinued : current.map(SimItem::discontinued).orElse(false));
            boolean created = catalog.put(item);
            publish(List.of(new SimChange(Type.ITEM, sku, created ? ChangeType.CREATED : ChangeType.UPDATED)));
            return item;
        }
    }

    /** Undoes an ERP user's changes to an item: one they added is deleted, a generated one is as generated. */
    public void undoItemChanges(String sku) {
        synchronized (lock) {
            boolean generated = catalog.undo(sku).orElseThrow(() -> SimRejection.notFound("Changed item", sku));
            publish(List.of(new SimChange(Type.ITEM, sku, generated ? ChangeType.UPDATED : ChangeType.DELETED)));
        }
    }

    public SimStock changeOnHand(String sku, String warehouse, int onHand) {
        SimItem item = catalog.find(sku).orElseThrow(() -> SimRejection.notFound("Item", sku));
        StockLedger.Warehouse target = StockLedger.WAREHOUSES.stream().filter(w -> w.code().equalsIgnoreCase(warehouse))
                .findFirst().orElseThrow(() -> SimRejection.notFound("Warehouse", warehouse));
        synchronized (lock) {
            SimStock row = stock.setOnHand(item.sku(), target, onHand, clock.instant());
            publish(List.of(SimChange.updated(Type.STOCK, item.sku())));
            return row;
        }
    }

    public SimPrice changePrices(String customerId, String sku, List<PriceBreak> breaks) {
        SimCustomer customer = requireCustomer(customerId);
        SimItem item = catalog.find(sku).orElseThrow(() -> SimRejection.notFound("Item", sku));
        if (breaks == null || breaks.isEmpty()) {
            throw new SimRejection(400, "NO_BREAKS", "At least one price break is required");
        }
        synchronized (lock) {
            prices.change(customerId, sku, breaks);
            publish(List.of(SimChange.updated(Type.PRICE, sku)));
            return prices.priceFor(customer, item);
        }
    }

    /** Ships what is left of an open order: stock leaves, open orders drop, a shipment with tracking appears. */
    public SimOrder ship(String number, String carrierName, String trackingNumber) {
        synchronized (lock) {
            SimOrder order = order(number);
            if (!order.status().isOpen()) {
                throw new SimRejection(409, "NOT_SHIPPABLE", "Order " + number + " is " + order.status());
            }
            Instant now = clock.instant();
            Carrier carrier = Carrier.named(carrierName);
            String tracking = trackingNumber != null && !trackingNumber.isBlank() ? trackingNumber
                    : String.format("1Z%016d", Math.floorMod(seeds.hash(number + now, 60), 10_000_000_000_000_000L));
            List<SimShipment.Line> shippedNow = order.lines().stream().filter(l -> l.shippedQty() < l.qty())
                    .map(l -> new SimShipment.Line(l.sku(), l.qty() - l.shippedQty())).toList();
            shippedNow.forEach(l -> stock.ship(l.sku(), l.qty(), now));
            List<SimShipment> shipments = new ArrayList<>(order.shipments());
            shipments.add(new SimShipment("SH" + number.substring(2) + "-" + (shipments.size() + 1),
                    SimShipment.Status.IN_TRANSIT, now, null, carrier.displayName, carrier.services.get(0), tracking,
                    carrier.trackingUrl(tracking), shippedNow));
            SimOrder shipped = order.with(Status.SHIPPED, order.lines().stream().map(SimOrder.Line::shipped).toList(),
                    List.copyOf(shipments), now);
            orders.put(number, shipped);
            List<SimChange> changes = new ArrayList<>(List.of(SimChange.updated(Type.ORDER, number),
                    new SimChange(Type.SHIPMENT, number, ChangeType.CREATED)));
            shippedNow.forEach(l -> changes.add(SimChange.updated(Type.STOCK, l.sku())));
            publish(changes);
            return shipped;
        }
    }

    /**
     * Invoices a shipped order (the background clock's second step): its total leaves the open orders and becomes
     * open on the customer's account, due by the customer's payment terms.
     */
    public SimInvoice invoiceOrder(String number) {
        synchronized (lock) {
            SimOrder order = order(number);
            if (order.status() != Status.SHIPPED) {
                throw new SimRejection(409, "NOT_INVOICEABLE", "Order " + number + " is " + order.status());
            }
            Instant now = clock.instant();
            orders.put(number, order.with(Status.INVOICED, order.lines(),
                    order.shipments().stream().map(s -> s.deliveredAt() == null ? s.delivered(now) : s).toList(), now));
            SimInvoice invoice = receivables.invoice(order, requireCustomer(order.customerId()), LocalDate.now(clock), now);
            SimCredit account = credit.get(order.customerId());
            credit.put(order.customerId(), account.withOpenOrders(account.openOrders().subtract(order.total()).max(BigDecimal.ZERO), now));
            publish(List.of(SimChange.updated(Type.ORDER, number), new SimChange(Type.INVOICE, invoice.number(), ChangeType.CREATED),
                    SimChange.updated(Type.CREDIT, order.customerId())));
            return invoice;
        }
    }

    /** Records a payment of an invoice: the customer's balance falls by it. */
    public SimInvoice recordPayment(String invoiceNumber, BigDecimal amount, String reference) {
        synchronized (lock) {
            SimInvoice paid = receivables.pay(invoiceNumber, amount, reference, LocalDate.now(clock), clock.instant());
            SimOrder order = paid.orderNumber() == null ? null : orders.get(paid.orderNumber());
            List<SimChange> changes = new ArrayList<>(List.of(SimChange.updated(Type.INVOICE, invoiceNumber),
                    SimChange.updated(Type.CREDIT, paid.customerId())));
            if (order != null && paid.status() == SimInvoice.Status.PAID && order.status() == Status.INVOICED) {
                orders.put(order.number(), order.with(Status.CLOSED, order.lines(), order.shipments(), clock.instant()));
                changes.add(SimChange.updated(Type.ORDER, order.number()));
            }
            publish(changes);
            return invoice(invoiceNumber);
        }
    }

    public List<SimOrder> ordersIn(Status status) {
        return orders.values().stream().filter(o -> o.status() == status).toList();
    }

    // ---- internals ----

    /** The opening credit account; its balance and overdue amount come from the invoices when it is read. */
    private SimCredit openingCredit(SimCustomer customer, BigDecimal openOrders, Instant at) {
        BigDecimal balance = receivables.balance(customer);
        return switch (customer.id()) {
            case "C1000" -> SimCredit.of(customer.id(), customer.currency(), DEMO_LIMIT_ACME, balance, BigDecimal.ZERO,
                    openOrders, Policy.BLOCK, at);
            // close to its limit: exactly DEMO_HEADROOM_BOLT left once balance and open orders are counted
            case "C1001" -> SimCredit.of(customer.id(), customer.currency(),
                    balance.add(openOrders).add(DEMO_HEADROOM_BOLT), balance, BigDecimal.ZERO, openOrders, Policy.BLOCK, at);
            default -> generatedCredit(customer, balance, openOrders, at);
        };
    }

    private SimCredit generatedCredit(SimCustomer customer, BigDecimal balance, BigDecimal openOrders, Instant at) {
        String key = customer.id() + "/credit";
        BigDecimal seeded = BigDecimal.valueOf(seeds.between(key, 61, 10, 200) * 1000L);
        // room above what the customer owes and has on order: most accounts are in good standing
        BigDecimal needed = balance.add(openOrders).multiply(BigDecimal.valueOf(seeds.between(key, 62, 110, 180), 2))
                .divide(THOUSAND, 0, RoundingMode.CEILING).multiply(THOUSAND);
        int roll = seeds.below(key, 64, 100);
        Policy policy = roll < 80 ? Policy.BLOCK : roll < 95 ? Policy.WARN : Policy.NONE;
        return SimCredit.of(customer.id(), customer.currency(), seeded.max(needed).setScale(2), balance, BigDecimal.ZERO,
                openOrders, policy, at);
    }

    private void store(SimOrder order) {
        orders.put(order.number(), order);
        orderNumbersByCustomer.get(order.customerId()).add(order.number());
    }

    private SimCustomer requireCustomer(String customerId) {
        return customer(customerId).orElseThrow(() -> SimRejection.notFound("Customer", customerId));
    }

    private static SimCustomer.ShipTo shipTo(SimCustomer customer, String shipToId) {
        if (shipToId == null || shipToId.isBlank()) {
            return customer.shipTos().get(0);
        }
        return customer.shipTos().stream().filter(s -> s.id().equals(shipToId)).findFirst()
                .orElseThrow(() -> new SimRejection(422, "UNKNOWN_SHIP_TO",
                        "Ship-to " + shipToId + " does not belong to customer " + customer.id(), Map.of("shipToId", shipToId)));
    }

    private void publish(List<SimChange> changes) {
        listeners.forEach(listener -> listener.accept(changes));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
