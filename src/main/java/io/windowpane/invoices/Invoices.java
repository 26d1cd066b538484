package io.windowpane.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.Invoice;
import io.windowpane.erp.InvoicePage;
import io.windowpane.erp.InvoiceQuery;
import io.windowpane.erp.InvoiceStatus;
import io.windowpane.erp.Shipment;
import io.windowpane.erp.Statement;
import io.windowpane.web.ErpPages;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.SearchText;

/**
 * What a customer owes, read live from the ERP on every view (a payment posted a minute ago shows on the next one):
 * invoices, an invoice with its order's shipments, the statement. Another customer's invoice is "not found".
 */
@Service
class Invoices {

    static final int PAGE_SIZE = 20;
    /** The most invoices a CSV export holds (ten ERP pages). */
    static final int EXPORT_MAX = 2_000;
    private static final int EXPORT_PAGE = 200;

    /** The list's filters: status ({@code null} for all), invoice or order or PO number, invoice-date range. */
    record Filter(InvoiceStatus status, String text, LocalDate from, LocalDate to) {

        InvoiceQuery page(String customerId, int page, int size) {
            return new InvoiceQuery(customerId, status, SearchText.of(text, SearchText.ORDERS_MAX), from, to, Math.max(1, page), size);
        }
    }

    /** An invoice and what was shipped on its order (not shown, rather than the invoice, if the ERP cannot say). */
    record InvoiceDetail(Invoice invoice, ErpPanel<List<Shipment>> shipments) {
    }

    private final ErpGateway erp;
    private final ErpReads reads;
    private final Clock clock;

    Invoices(ErpGateway erp, ErpReads reads, Clock clock) {
        this.erp = erp;
        this.reads = reads;
        this.clock = clock;
    }

    /** The customer's name for a printed document (through the cache), or null if the ERP cannot say. */
    String customerName(String customerId) {
        try {
            return reads.customer(customerId).value().name();
        } catch (ErpException e) {
            return null;
        }
    }

    ErpPanel<InvoicePage> page(String customerId, Filter filter, int page) {
        return ErpPanel.load(() -> erp.invoices(filter.page(customerId, page, PAGE_SIZE)));
    }

    /** The open and overdue totals, from the customer's credit account: the ERP's own sums. */
    ErpPanel<CreditAccount> standing(String customerId) {
        return ErpPanel.load(() -> erp.credit(customerId));
    }

    Optional<InvoiceDetail> detail(String customerId, String number) {
        return invoice(customerId, number).map(invoice -> new InvoiceDetail(invoice, invoice.orderNumber() == null
                ? new ErpPanel<>(List.of(), false) : ErpPanel.load(() -> erp.shipments(invoice.orderNumber()))));
    }

    /** The invoice if it belongs to this customer. */
    Optional<Invoice> invoice(String customerId, String number) {
        try {
            Invoice invoice = erp.invoice(number);
            return customerId.equals(invoice.customerId()) ? Optional.of(invoice) : Optional.empty();
        } catch (ErpNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Every invoice the filter finds, up to {@link #EXPORT_MAX}. */
    List<InvoicePage.InvoiceSummary> export(String customerId, Filter filter) {
        return ErpPages.upTo(EXPORT_MAX, page -> erp.invoices(filter.page(customerId, page, EXPORT_PAGE)),
                InvoicePage::invoices, InvoicePage::pageCount);
    }

    ErpPanel<Statement> statement(String customerId, LocalDate from, LocalDate to) {
        return ErpPanel.load(() -> erp.statement(customerId, from, to));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
