package io.windowpane.erp;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The portal's port to the ERP, which owns all operational data. Every read result carries the instant it was
 * read. Failures surface as {@link ErpUnavailableException} (including {@link ErpTimeoutException}),
 * {@link ErpRejectedException} or {@link ErpNotFoundException}. Batch reads cost one ERP request per call.
 */
public interface ErpGateway {

    Customer customer(String customerId);

    List<CustomerSummary> customersOfSalesRep(String salesRepCode);

    /** The sales rep with this code and their contact details. */
    SalesRep salesRep(String code);

    CreditAccount credit(String customerId);

    ItemPage searchItems(ItemQuery query);

    /** The items with these SKUs; unknown SKUs are left out. */
    List<Item> items(Collection<String> skus);

    List<Category> categories();

    /** The customer's prices for these SKUs; unknown SKUs are left out. */
    List<ContractPrice> prices(String customerId, Collection<String> skus);

    /** Stock per warehouse for these SKUs; unknown SKUs are left out. */
    List<ItemStock> stock(Collection<String> skus);

    OrderPage orders(OrderQuery query);

    SalesOrder order(String orderNumber);

    List<Shipment> shipments(String orderNumber);

    /** A page of the customer's invoices. */
    InvoicePage invoices(InvoiceQuery query);

    /** One invoice with lines and payments, whoever's it is: callers check the customer. */
    Invoice invoice(String invoiceNumber);

    /** The customer's statement for the period (inclusive) with aging at its end. */
    Statement statement(String customerId, LocalDate from, LocalDate to);

    PriceQuote quote(String customerId, List<OrderLineRequest> lines);

    /** Creates the order once per idempotency key: a retry with the same key answers the same order. */
    OrderConfirmation placeOrder(NewOrder order, String idempotencyKey);

    /** Change events after the cursor ({@code null} for the start). */
    ChangeBatch changes(String afterCursor, int limit);

    /**
     * Registers (or renews: one receiver URL has one subscription) a webhook receiver for these event types;
     * answers the subscription id.
     */
    String subscribe(URI receiver, String secret, Set<ChangeEvent.Type> types);

    /** Ends a webhook subscription; one the ERP no longer has is not an error. */
    void unsubscribe(String subscriptionId);

    /**
     * The change types of which {@link #changes} lists every change as soon as the ERP has made it, so that a value no
     * such event named since it was read is still the ERP's current one when the feed was last read. None unless
     * the ERP promises it: a feed polled from modification times may list a change late or never (deletions).
     */
    default Set<ChangeEvent.Type> completeChanges() {
        return Set.of();
    }
}
