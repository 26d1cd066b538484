package io.windowpane.erp.http;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.windowpane.erp.Category;
import io.windowpane.erp.ChangeBatch;
import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpMalformedResponseException;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Invoice;
import io.windowpane.erp.InvoicePage;
import io.windowpane.erp.InvoiceQuery;
import io.windowpane.erp.NewOrder;
import io.windowpane.erp.OrderConfirmation;
import io.windowpane.erp.OrderLineRequest;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.PriceQuote;
import io.windowpane.erp.SalesOrder;
import io.windowpane.erp.Statement;
import io.windowpane.erp.SalesRep;
import io.windowpane.erp.Shipment;

/**
 * The ERP port over the ERP's REST contract (ERP-API.md), on Spring's RestClient. Every call passes a bulkhead
 * (at most so many ERP calls at once, so a hanging ERP cannot tie up every request thread) and a circuit
 * breaker (an ERP that keeps failing is not asked for a while: pages fail fast and show last known values).
 */
class HttpErpGateway implements ErpGateway {

    /** The contract's limit of SKUs per batch request; larger batches are split. */
    static final int MAX_SKUS_PER_REQUEST = 200;

    private final RestClient http;
    private final ErpErrors errors;
    private final Clock clock;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private final Set<ChangeEvent.Type> completeChanges;

    HttpErpGateway(RestClient.Builder builder, ErpErrors errors, Clock clock, CircuitBreaker circuitBreaker, Bulkhead bulkhead,
            boolean completeChangeFeed) {
        this.completeChanges = completeChangeFeed ? EnumSet.allOf(ChangeEvent.Type.class) : Set.of();
        this.errors = errors;
        this.clock = clock;
        this.circuitBreaker = circuitBreaker;
        this.bulkhead = bulkhead;
        this.http = builder.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
            throw errors.fromResponse(request.getMethod() + " " + request.getURI().getPath(), response);
        }).build();
    }

    @Override
    public Customer customer(String customerId) {
        return read("customer " + customerId, () -> get(Wire.CustomerJson.class, "/v1/customers/{id}", customerId))
                .toCustomer(now());
    }

    @Override
    public List<CustomerSummary> customersOfSalesRep(String salesRepCode) {
        Wire.CustomerSummaryJson[] found = read("customers of " + salesRepCode, () -> http.get()
                .uri("/v1/customers?salesRepCode={code}", salesRepCode).retrieve().body(Wire.CustomerSummaryJson[].class));
        Instant readAt = now();
        return List.of(found).stream().map(c -> c.toSummary(readAt)).toList();
    }

    @Override
    public SalesRep salesRep(String code) {
        return read("sales rep " + code, () -> get(Wire.SalesRepJson.class, "/v1/sales-reps/{code}", code))
                .toSalesRep(now());
    }

    @Override
    public CreditAccount credit(String customerId) {
        return read("credit of " + customerId, () -> get(Wire.CreditJson.class, "/v1/customers/{id}/credit", customerId))
                .toCredit(now());
    }

    @Override
    public ItemPage searchItems(ItemQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", blankToNull(query.text()));
        params.put("category", blankToNull(query.category()));
        params.put("page", query.page());
        params.put("size", query.size());
        Wire.ItemPageJson page = read("item search", () -> http.get().uri(uri -> withQuery(uri, "/v1/items", params))
                .retrieve().body(Wire.ItemPageJson.class));
        Instant readAt = now();
        return new ItemPage(page.items().stream().map(i -> i.toItem(readAt)).toList(), page.page(), page.size(),
                page.total(), readAt);
    }

    @Override
    public List<Item> items(Collection<String> skus) {
        return batched(skus, chunk -> {
            Wire.ItemPageJson page = read("items", () -> http.get().uri("/v1/items?skus={skus}", String.join(",", chunk))
                    .retrieve().body(Wire.ItemPageJson.class));
            Instant readAt = now();
            return page.items().stream().map(i -> i.toItem(readAt)).toList();
        });
    }

    @Override
    public List<Category> categories() {
        Wire.CategoryJson[] found = read("categories", () -> get(Wire.CategoryJson[].class, "/v1/categories"));
        Instant readAt = now();
        return List.of(found).stream().map(c -> c.toCategory(readAt)).toList();
    }

    @Override
    public List<ContractPrice> prices(String customerId, Collection<String> skus) {
        return batched(skus, chunk -> {
            Wire.PriceJson[] found = read("prices of " + customerId, () -> get(Wire.PriceJson[].class,
                    "/v1/customers/{id}/prices?skus={skus}", customerId, String.join(",", chunk)));
            Instant readAt = now();
            return List.of(found).stream().map(p -> p.toPrice(readAt)).toList();
        });
    }

    @Override
    public List<ItemStock> stock(Collection<String> skus) {
        return batched(skus, chunk -> {
            Wire.StockJson[] rows = read("stock", () -> get(Wire.StockJson[].class, "/v1/stock?skus={skus}",
                    String.join(",", chunk)));
            Instant readAt = now();
            Map<String, List<ItemStock.WarehouseStock>> bySku = new LinkedHashMap<>();
            for (Wire.StockJson row : rows) {
                bySku.computeIfAbsent(row.sku(), sku -> new ArrayList<>()).add(new ItemStock.WarehouseStock(
                        row.warehouse(), row.warehouseName(), row.onHand(), row.allocated(), row.committed(),
                        row.available(), row.incoming(), row.nextReceiptDate(), row.modifiedAt()));
            }
            return bySku.entrySet().stream().map(e -> new ItemStock(e.getKey(), List.copyOf(e.getValue()), readAt)).toList();
        });
    }

    @Override
    public OrderPage orders(OrderQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("customerId", query.customerId());
        params.put("status", query.status());
        params.put("q", blankToNull(query.text()));
        params.put("from", query.from());
        params.put("to", query.to());
        params.put("page", query.page());
        params.put("size", query.size());
        Wire.OrderPageJson page = read("orders of " + query.customerId(), () -> http.get()
                .uri(uri -> withQuery(uri, "/v1/orders", params)).retrieve().body(Wire.OrderPageJson.class));
        return new OrderPage(page.orders().stream().map(Wire.OrderSummaryJson::toSummary).toList(), page.page(),
                page.size(), page.total(), now());
    }

    @Override
    public SalesOrder order(String orderNumber) {
        return read("order " + orderNumber, () -> get(Wire.OrderJson.class, "/v1/orders/{number}", orderNumber))
                .toOrder(now());
    }

    @Override
    public List<Shipment> shipments(String orderNumber) {
        Wire.ShipmentJson[] found = read("shipments of " + orderNumber,
                () -> get(Wire.ShipmentJson[].class, "/v1/orders/{number}/shipments", orderNumber));
        Instant readAt = now();
        return List.of(found).stream().map(s -> s.toShipment(readAt)).toList();
    }

    @Override
    public InvoicePage invoices(InvoiceQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("customerId", query.customerId());
        params.put("status", query.status() == null ? "ALL" : query.status());
        params.put("q", blankToNull(query.text()));
        params.put("from", query.from());
        params.put("to", query.to());
        params.put("page", query.page());
        params.put("size", query.size());
        Wire.InvoicePageJson page = read("invoices of " + query.customerId(), () -> http.get()
                .uri(uri -> withQuery(uri, "/v1/invoices", params)).retrieve().body(Wire.InvoicePageJson.class));
        return new InvoicePage(page.invoices().stream().map(Wire.InvoiceSummaryJson::toSummary).toList(), page.page(),
                page.size(), page.total(), now());
    }

    @Override
    public Invoice invoice(String invoiceNumber) {
        return read("invoice " + invoiceNumber, () -> get(Wire.InvoiceJson.class, "/v1/invoices/{number}", invoiceNumber))
                .toInvoice(now());
    }

    @Override
    public Statement statement(String customerId, LocalDate from, LocalDate to) {
        return read("statement of " + customerId, () -> http.get()
                .uri(uri -> uri.path("/v1/customers/{id}/statement").queryParamIfPresent("from", Optional.ofNullable(from))
                        .queryParamIfPresent("to", Optional.ofNullable(to)).build(customerId))
                .retrieve().body(Wire.StatementJson.class)).toStatement(now());
    }

    @Override
    public PriceQuote quote(String customerId, List<OrderLineRequest> lines) {
        Wire.QuoteRequestJson request = new Wire.QuoteRequestJson(customerId, wireLines(lines));
        return read("price quote for " + customerId, () -> http.post().uri("/v1/price-quotes").body(request)
                .retrieve().body(Wire.QuoteJson.class)).toQuote(now());
    }

    @Override
    public OrderConfirmation placeOrder(NewOrder order, String idempotencyKey) {
        Wire.OrderRequestJson request = new Wire.OrderRequestJson(order.customerId(), order.customerPoNumber(),
                order.shipToId(), order.requestedDate(), order.placedBy(), order.salesAgent(), wireLines(order.lines()));
        return read("order for " + order.customerId(), () -> http.post().uri("/v1/orders")
                .header("Idempotency-Key", idempotencyKey).body(request).retrieve().body(Wire.PlacedOrderJson.class))
                .toConfirmation();
    }

    @Override
    public ChangeBatch changes(String afterCursor, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", blankToNull(afterCursor));
        params.put("limit", limit);
        Wire.ChangesJson batch = read("change feed", () -> http.get().uri(uri -> withQuery(uri, "/v1/changes", params))
                .retrieve().body(Wire.ChangesJson.class));
        return new ChangeBatch(batch.events().stream().map(Wire.ChangeEventJson::toEvent).toList(), batch.next());
    }

    @Override
    public String subscribe(URI receiver, String secret, Set<ChangeEvent.Type> types) {
        Wire.SubscriptionRequestJson request = new Wire.SubscriptionRequestJson(receiver.toString(), secret, types);
        return read("webhook subscription", () -> http.post().uri("/v1/subscriptions").body(request).retrieve()
                .body(Wire.SubscriptionJson.class)).id();
    }

    @Override
    public void unsubscribe(String subscriptionId) {
        try {
            read("webhook unsubscription", () -> http.delete().uri("/v1/subscriptions/{id}", subscriptionId).retrieve()
                    .toBodilessEntity());
        } catch (ErpNotFoundException alreadyGone) {
            // nothing to end
        }
    }

    @Override
    public Set<ChangeEvent.Type> completeChanges() {
        return completeChanges;
    }

    private <T> T get(Class<T> type, String uri, Object... variables) {
        return http.get().uri(uri, variables).retrieve().body(type);
    }

    /**
     * Runs one ERP call through the bulkhead and the circuit breaker and turns every failure into the port's
     * exceptions; an empty answer is malformed.
     */
    private <T> T read(String what, Supplier<T> call) {
        T answer;
        try {
            answer = CircuitBreaker.decorateSupplier(circuitBreaker, Bulkhead.decorateSupplier(bulkhead, call)).get();
        } catch (ErpException e) {
            throw e;
        } catch (RestClientException e) {
            throw errors.fromClientFailure(what, e);
        } catch (CallNotPermittedException e) {
            throw new ErpUnavailableException(what + ": the ERP failed repeatedly, not asked again for a moment", e);
        } catch (BulkheadFullException e) {
            throw new ErpUnavailableException(what + ": too many ERP requests under way", e);
        }
        if (answer == null) {
            throw new ErpMalformedResponseException(what + ": the ERP answered with an empty body", null);
        }
        return answer;
    }

    private static <T> List<T> batched(Collection<String> skus, Function<List<String>, List<T>> call) {
        List<String> distinct = skus.stream().distinct().toList();
        List<T> results = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_SKUS_PER_REQUEST) {
            results.addAll(call.apply(distinct.subList(from, Math.min(distinct.size(), from + MAX_SKUS_PER_REQUEST))));
        }
        return results;
    }

    private static List<Wire.LineJson> wireLines(List<OrderLineRequest> lines) {
        return lines.stream().map(l -> new Wire.LineJson(l.sku(), l.qty())).toList();
    }

    /**
     * The path with the non-null parameters, each passed as a URI variable: user input such as {@code {a}} is
     * then encoded as text, never expanded as a URI template.
     */
    private static URI withQuery(UriBuilder uri, String path, Map<String, Object> params) {
        uri.path(path);
        Map<String, Object> variables = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, "{" + name + "}");
                variables.put(name, value);
            }
        });
        return uri.build(variables);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Instant now() {
        return clock.instant();
    }
}
