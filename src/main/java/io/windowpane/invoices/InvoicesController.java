package io.windowpane.invoices;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Invoice;
import io.windowpane.erp.InvoicePage;
import io.windowpane.erp.InvoiceStatus;
import io.windowpane.erp.Statement;
import io.windowpane.web.CsvDownload;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.PdfDocuments;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /invoices} (open invoices first, by due date; status, date and number filters; an htmx request gets
 * only the results), {@code /invoices/export.csv}, {@code /invoices/{number}} and its PDF, and
 * {@code GET /account/statement} (a period with aging and running balance) and its PDF. Another customer's invoice
 * is 404 on every route.
 */
@Controller
class InvoicesController {

    static final String LIST_VIEW = "invoices/list";
    static final String RESULTS_FRAGMENT = "invoices/list :: results";
    static final String DETAIL_VIEW = "invoices/detail";
    static final String STATEMENT_VIEW = "invoices/statement";

    /** The status filter as the page offers it; open invoices are what a buyer comes for. */
    enum StatusChoice {
        OPEN, PAID, ALL;

        InvoiceStatus status() {
            return this == ALL ? null : InvoiceStatus.valueOf(name());
        }
    }

    private final Invoices invoices;
    private final CurrentCustomer currentCustomer;
    private final PdfDocuments pdf;

    InvoicesController(Invoices invoices, CurrentCustomer currentCustomer, PdfDocuments pdf) {
        this.invoices = invoices;
        this.currentCustomer = currentCustomer;
        this.pdf = pdf;
    }

    @GetMapping("/invoices")
    String list(@RequestParam(defaultValue = "OPEN") StatusChoice status, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, HtmxRequest htmx, HttpServletResponse response, Model model) {
        response.addHeader("Vary", "HX-Request");
        Invoices.Filter filter = new Invoices.Filter(status.status(), q, from, to);
        ErpPanel<InvoicePage> found = invoices.page(customerId(), filter, page);
        if (found.available() && page > found.value().pageCount()) {
            // past the end (an old link, a narrower filter): the last page, rather than an empty one
            return "redirect:" + UriComponentsBuilder.fromPath("/invoices").queryParam("status", status)
                    .queryParamIfPresent("q", Optional.ofNullable(q)).queryParamIfPresent("from", Optional.ofNullable(from))
                    .queryParamIfPresent("to", Optional.ofNullable(to)).queryParam("page", found.value().pageCount())
                    .encode().toUriString();
        }
        model.addAttribute("invoices", found);
        model.addAttribute("standing", invoices.standing(customerId()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", StatusChoice.values());
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("today", invoices.today());
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? RESULTS_FRAGMENT : LIST_VIEW;
    }

    /** The invoices the filter finds, as a spreadsheet. */
    @GetMapping("/invoices/export.csv")
    ResponseEntity<String> export(@RequestParam(defaultValue = "OPEN") StatusChoice status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<InvoicePage.InvoiceSummary> found = invoices.export(customerId(), new Invoices.Filter(status.status(), q, from, to));
        LocalDate today = invoices.today();
        return CsvDownload.attachment("invoices-" + customerId() + "-" + today, CsvDownload.write(
                List.of("invoice", "order", "po", "invoice_date", "due_date", "status", "days_overdue", "total",
                        "open_amount", "currency"),
                found.stream().map(i -> List.<Object>of(i.number(), nullToEmpty(i.orderNumber()),
                        nullToEmpty(i.customerPoNumber()), i.invoiceDate(), i.dueDate(), i.status().name(),
                        i.daysOverdueOn(today), i.total().amount(),
                        i.openAmount().amount(), i.total().currency().getCurrencyCode())).toList()));
    }

    @GetMapping("/invoices/{number}")
    String detail(@PathVariable String number, Model model) {
        Invoices.InvoiceDetail detail = invoices.detail(customerId(), number).orElseThrow(InvoicesController::notFound);
        model.addAttribute("detail", detail);
        addDocument(detail.invoice(), model);
        return DETAIL_VIEW;
    }

    @GetMapping("/invoices/{number}/pdf")
    View detailPdf(@PathVariable String number, Model model) {
        Invoice invoice = invoices.invoice(customerId(), number).orElseThrow(InvoicesController::notFound);
        addDocument(invoice, model);
        model.addAttribute("customerName", invoices.customerName(customerId()));
        return pdf.of("invoices/pdf", invoice.number() + ".pdf");
    }

    @GetMapping("/account/statement")
    String statement(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        StatementPeriod period = StatementPeriod.of(from, to, invoices.today());
        model.addAttribute("period", period);
        model.addAttribute("presets", StatementPeriod.presets(invoices.today()));
        model.addAttribute("statement", invoices.statement(customerId(), period.from(), period.to()));
        return STATEMENT_VIEW;
    }

    @GetMapping("/account/statement/pdf")
    View statementPdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        StatementPeriod period = StatementPeriod.of(from, to, invoices.today());
        ErpPanel<Statement> statement = invoices.statement(customerId(), period.from(), period.to());
        if (statement.unavailable()) {
            throw new ErpUnavailableException("statement of " + customerId(), null);
        }
        model.addAttribute("period", period);
        model.addAttribute("statement", statement);
        model.addAttribute("customerName", invoices.customerName(customerId()));
        return pdf.of("invoices/statement-pdf", "statement-" + customerId() + "-" + period.to() + ".pdf");
    }

    private void addDocument(Invoice invoice, Model model) {
        model.addAttribute("invoice", invoice);
        model.addAttribute("today", invoices.today());
    }

    private String customerId() {
        return currentCustomer.id().orElseThrow();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
