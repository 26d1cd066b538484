package io.windowpane.erp.tryton;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.windowpane.erp.Category;
import io.windowpane.erp.ChangeBatch;
import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.Invoice;
import io.windowpane.erp.InvoicePage;
import io.windowpane.erp.InvoiceQuery;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.NewOrder;
import io.windowpane.erp.OrderConfirmation;
import io.windowpane.erp.OrderLineRequest;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.PriceQuote;
import io.windowpane.erp.SalesOrder;
import io.windowpane.erp.SalesRep;
import io.windowpane.erp.Shipment;
import io.windowpane.erp.Statement;

/**
 * The ERP port on Tryton 6.0 (TRYTON.md), one class per concern: {@link TrytonParties} (customers, reps, credit),
 * {@link TrytonCatalog} (items, prices, stock), {@link TrytonSales} (orders, shipments),
 * {@link TrytonInvoices} (invoices, statements), {@link TrytonOrderPlacement}
 * (quotes, orders placed exactly once) and {@link TrytonChanges} (polled change detection). Every Tryton failure
 * becomes one of the port's exceptions in {@link TrytonRpc}.
 */
class TrytonErpGateway implements ErpGateway {

    /** How much further back each poll looks: Tryton stamps a record with its transaction's start. */
    static final Duration OVERLAP = Duration.ofSeconds(30);

    private final Clock clock;
    private final TrytonParties parties;
    private final TrytonCatalog catalog;
    private final TrytonSales sales;
    private final TrytonInvoices invoices;
    private final TrytonOrderPlacement placement;
    private final TrytonChanges changeDetection;

    TrytonErpGateway(TrytonRpc rpc, Clock clock) {
        TrytonCompany company = new TrytonCompany(rpc);
        this.clock = clock;
        this.parties = new TrytonParties(rpc, company, clock);
        this.catalog = new TrytonCatalog(rpc, company, parties, clock);
        this.sales = new TrytonSales(rpc, company, parties, clock);
        this.invoices = new TrytonInvoices(rpc, company, clock);
        this.placement = new TrytonOrderPlacement(rpc, company, parties, catalog, sales, clock);
        this.changeDetection = new TrytonChanges(rpc);
    }

    @Override
    public Customer customer(String customerId) {
        return parties.customer(customerId);
    }

    @Override
    public List<CustomerSummary> customersOfSalesRep(String salesRepCode) {
        return parties.customersOfSalesRep(salesRepCode);
    }

    @Override
    public SalesRep salesRep(String code) {
        return parties.salesRep(code);
    }

    @Override
    public CreditAccount credit(String customerId) {
        return parties.credit(customerId);
    }

    @Override
    public ItemPage searchItems(ItemQuery query) {
        return catalog.searchItems(query);
    }

    @Override
    public List<Item> items(Collection<String> skus) {
        return catalog.items(skus);
    }

    @Override
    public List<Category> categories() {
        return catalog.categories();
    }

    @Override
    public List<ContractPrice> prices(String customerId, Collection<String> skus) {
        return catalog.prices(customerId, skus);
    }

    @Override
    public List<ItemStock> stock(Collection<String> skus) {
        return catalog.stock(skus);
    }

    @Override
    public OrderPage orders(OrderQuery query) {
        return sales.orders(query);
    }

    @Override
    public SalesOrder order(String orderNumber) {
        return sales.order(orderNumber);
    }

    @Override
    public List<Shipment> shipments(String orderNumber) {
        return sales.shipments(orderNumber);
    }

    @Override
    public InvoicePage invoices(InvoiceQuery query) {
        return invoices.invoices(query);
    }

    @Override
    public Invoice invoice(String invoiceNumber) {
        return invoices.invoice(invoiceNumber);
    }

    @Override
    public Statement statement(String customerId, LocalDate from, LocalDate to) {
        return invoices.statement(customerId, from, to);
    }

    @Override
    public PriceQuote quote(String customerId, List<OrderLineRequest> lines) {
        return placement.quote(customerId, lines);
    }

    @Override
    public OrderConfirmation placeOrder(NewOrder order, String idempotencyKey) {
        return placement.placeOrder(order, idempotencyKey);
    }

    /**
     * Tryton has no change feed: changes are polled from the records' write and create dates. The cursor is the
     * instant of the previous poll; each poll looks {@link #OVERLAP} further back (a long transaction commits "in
     * the past") and the events' ids (model, record, stamp) let the intake drop what it has seen. Deletions are not
     * visible this way; the cache's refresh interval bounds how long a deleted record is shown.
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
}
