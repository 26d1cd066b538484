package io.windowpane.erp;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads of the ERP for pages, through the read-through cache: batched (one ERP request per data type for
 * many SKUs), refreshed in the background, kept as last known values during an outage. Checkout never uses
 * this; it reads the {@link ErpGateway} live. Maps are keyed by SKU; unknown SKUs are left out.
 */
public interface ErpReads {

    Reading<ItemPage> search(ItemQuery query);

    Map<String, Reading<Item>> items(Collection<String> skus);

    Map<String, Reading<ContractPrice>> prices(String customerId, Collection<String> skus);

    /**
     * The prices of {@code skus}; when any must be read from the ERP, the same request reads those of
     * {@code readAhead} not yet held (the page the buyer most likely opens next), which are not returned.
     */
    Map<String, Reading<ContractPrice>> prices(String customerId, Collection<String> skus, Collection<String> readAhead);

    Map<String, Reading<ItemStock>> stock(Collection<String> skus);

    Reading<List<Category>> categories();

    /** Credit for pages (never for checkout's decision); customers the ERP did not answer for are left out. */
    Map<String, Reading<CreditAccount>> credit(Collection<String> customerIds);

    /** One customer's credit for a page (never for checkout's decision). */
    default Reading<CreditAccount> credit(String customerId) {
        Reading<CreditAccount> account = credit(List.of(customerId)).get(customerId);
        if (account == null) {
            throw new ErpUnavailableException("the ERP did not answer for the credit of " + customerId, null);
        }
        return account;
    }

    /** The customers the ERP assigns to a sales rep (re-read within a minute of a change). */
    Reading<List<CustomerSummary>> customersOfSalesRep(String salesRepCode);

    /** A customer account for pages (names, the rep's code); checkout reads it live. */
    Reading<Customer> customer(String customerId);

    /** A sales rep's contact details. */
    Reading<SalesRep> salesRep(String code);

    /** Open orders and the last order date per customer; customers the ERP did not answer for are left out. */
    Map<String, Reading<OrderActivity>> orderActivity(Collection<String> customerIds);

    /**
     * A page of a customer's order history; re-read in the background after its refresh time and at once when the
     * ERP reports a change to the customer's credit (every new or invoiced order changes it) or to one of its orders.
     */
    Reading<OrderPage> orders(OrderQuery query);

    /** An order with its shipments and invoices (re-read at once on the ERP's events about it); unknown: not found. */
    Reading<OrderFile> order(String orderNumber);
}
