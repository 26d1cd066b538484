package io.windowpane.erpsim.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.Page;
import io.windowpane.erpsim.dataset.SimInvoice;
import io.windowpane.erpsim.dataset.SimStatement;

@RestController
class InvoicesApi {

    /** {@code status} ALL (or none) lists open and paid invoices alike. */
    enum StatusFilter {
        OPEN, PAID, ALL
    }

    record InvoiceSummary(String number, String orderNumber, String customerPoNumber, LocalDate invoiceDate,
            LocalDate dueDate, BigDecimal total, BigDecimal openAmount, String currency, SimInvoice.Status status) {
    }

    record InvoicePage(List<InvoiceSummary> invoices, int page, int size, long total) {
    }

    record Payment(LocalDate date, BigDecimal amount, String reference) {
    }

    record InvoiceDetail(String number, String customerId, String orderNumber, String customerPoNumber,
            LocalDate invoiceDate, LocalDate dueDate, BigDecimal total, BigDecimal openAmount, String currency,
            SimInvoice.Status status, List<SimInvoice.Line> lines, BigDecimal subtotal, BigDecimal tax,
            List<Payment> payments, Instant modifiedAt) {
    }

    private final ErpLedger ledger;
    private final Clock clock;

    InvoicesApi(ErpLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/v1/invoices")
    InvoicePage invoices(@RequestParam(required = false) String customerId,
            @RequestParam(defaultValue = "ALL") StatusFilter status, @RequestParam(required = false) String q,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "25") int size) {
        Page<SimInvoice> found = ledger.invoices(customerId,
                status == StatusFilter.ALL ? null : SimInvoice.Status.valueOf(status.name()), q, from, to,
                Paging.page(page), Paging.size(size));
        return new InvoicePage(found.content().stream().map(i -> new InvoiceSummary(i.number(), i.orderNumber(),
                i.customerPoNumber(), i.invoiceDate(), i.dueDate(), i.total(), i.openAmount(), i.currency(), i.status()))
                .toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/v1/invoices/{number}")
    InvoiceDetail invoice(@PathVariable String number) {
        SimInvoice i = ledger.invoice(number);
        return new InvoiceDetail(i.number(), i.customerId(), i.orderNumber(), i.customerPoNumber(), i.invoiceDate(),
                i.dueDate(), i.total(), i.openAmount(), i.currency(), i.status(), i.lines(), i.subtotal(), i.tax(),
                i.settlements().stream().map(s -> new Payment(s.date(), s.amount(), s.reference())).toList(),
                i.modifiedAt());
    }

    /** The statement of the last three calendar months unless a period is given. */
    @GetMapping("/v1/customers/{id}/statement")
    SimStatement statement(@PathVariable String id, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        return ledger.statement(id, from != null ? from : end.withDayOfMonth(1).minusMonths(2), end);
    }
}
