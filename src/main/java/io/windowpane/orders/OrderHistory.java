package io.windowpane.orders;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.windowpane.erp.Customer;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.InvoicePage;
import io.windowpane.erp.OrderFile;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.OrderStatus;
import io.windowpane.erp.Reading;
import io.windowpane.erp.SalesAgent;
import io.windowpane.erp.SalesOrder;
import io.windowpane.erp.Shipment;
import io.windowpane.web.ErpPages;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.SearchText;

/**
 * A customer's orders as the ERP has them (placed in the portal, by EDI or by phone), read live so a status
 * change or a new shipment shows on the next view. An order of another customer is "not found", never shown.
 */
@Service
class OrderHistory {

    static final int PAGE_SIZE = 20;

    /** An order with its shipments, the customer's payment terms and the invoices that billed it. */
    record OrderDetail(SalesOrder order, List<Shipment> shipments, ErpPanel<Customer.PaymentTerms> paymentTerms,
            ErpPanel<List<InvoicePage.InvoiceSummary>> invoices, boolean confirmed) {
    }

    /** The most orders a CSV export holds (ten ERP pages). */
    static final int EXPORT_MAX = 2_000;
    private static final int EXPORT_PAGE = 200;

    private final ErpGateway erp;
    private final ErpReads reads;

    OrderHistory(ErpGateway erp, ErpReads reads) {
        this.erp = erp;
        this.reads = reads;
    }

    /**
     * The names of the sales reps who placed these orders for the customer (through the cache), by rep code; a rep
     * the ERP cannot name right now is left out and shown by email.
     */
    Map<String, String> agentNames(Collection<SalesAgent> agents) {
        Map<String, String> names = new HashMap<>();
        agents.stream().filter(Objects::nonNull).map(SalesAgent::code).distinct().forEach(code -> {
            try {
                names.put(code, reads.salesRep(code).value().name());
            } catch (ErpException e) {
                // the order still says who placed it, by email
            }
        });
        return names;
    }

    ErpPanel<OrderPage> page(String customerId, OrderStatus status, String text, LocalDate from, LocalDate to, int page) {
        return ErpPanel.read(() -> reads.orders(new OrderQuery(customerId, status, SearchText.of(text, SearchText.ORDERS_MAX),
                from, to, Math.max(1, page), PAGE_SIZE)));
    }

    /** The order with its shipments and invoices, through the cache, if it belongs to this customer. */
    Optional<OrderDetail> detail(String customerId, String number) {
        Reading<OrderFile> file;
        try {
            file = reads.order(number);
        } catch (ErpNotFoundException e) {
            return Optional.empty();
        }
        OrderFile read = file.value();
        if (!customerId.equals(read.order().customerId())) {
            return Optional.empty();
        }
        return Optional.of(new OrderDetail(read.order(), read.shipments(),
                ErpPanel.read(() -> reads.customer(customerId).map(Customer::paymentTerms)),
                new ErpPanel<>(read.invoices(), false), file.confirmed()));
    }

    /** The customer's name for a printed document (through the cache), or null if the ERP cannot say. */
    String customerName(String customerId) {
        try {
            return reads.customer(customerId).value().name();
        } catch (ErpException e) {
            return null;
        }
    }

    /** Every order the filter finds, up to {@link #EXPORT_MAX}. */
    List<OrderPage.OrderSummary> export(String customerId, OrderStatus status, String text, LocalDate from, LocalDate to) {
        return ErpPages.upTo(EXPORT_MAX, page -> erp.orders(new OrderQuery(customerId, status,
                SearchText.of(text, SearchText.ORDERS_MAX), from, to, page, EXPORT_PAGE)), OrderPage::orders, OrderPage::pageCount);
    }

    /** The order, read live (reorder), if it belongs to this customer. */
    Optional<SalesOrder> order(String customerId, String number) {
        try {
            SalesOrder order = erp.order(number);
            return customerId.equals(order.customerId()) ? Optional.of(order) : Optional.empty();
        } catch (ErpNotFoundException e) {
            return Optional.empty();
        }
    }
}
