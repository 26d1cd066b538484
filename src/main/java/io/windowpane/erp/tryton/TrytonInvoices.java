package io.windowpane.erp.tryton;

import static io.windowpane.erp.tryton.TrytonValues.amount;
import static io.windowpane.erp.tryton.TrytonValues.stream;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.Invoice;
import io.windowpane.erp.InvoicePage;
import io.windowpane.erp.InvoiceQuery;
import io.windowpane.erp.InvoiceStatus;
import io.windowpane.erp.Money;
import io.windowpane.erp.Statement;
import tools.jackson.databind.JsonNode;

/**
 * A customer's invoices and statement on Tryton: its posted customer invoices ({@code account.invoice}, "paid" once
 * reconciled) and the receivable lines of its posted moves. Due dates are the maturity dates of an invoice's lines to
 * pay; drafts are not invoices yet.
 */
class TrytonInvoices {

    private static final List<String> INVOICE_FIELDS = List.of("number", "reference", "invoice_date", "state",
            "untaxed_amount", "tax_amount", "total_amount", "amount_to_pay", "currency.code", "party.code",
            "lines_to_pay", "payment_lines", "reconciliation_lines", "sales");

    private final TrytonRpc rpc;
    private final TrytonCompany company;
    private final Clock clock;

    TrytonInvoices(TrytonRpc rpc, TrytonCompany company, Clock clock) {
        this.rpc = rpc;
        this.company = company;
        this.clock = clock;
    }

    /** Open invoices oldest first (the most overdue at the top), others newest first. */
    InvoicePage invoices(InvoiceQuery query) {
        List<Object> domain = new ArrayList<>(List.of(List.of("party.code", "=", query.customerId()),
                List.of("type", "=", "out")));
        domain.add(query.status() == null ? List.of("state", "in", List.of("posted", "paid"))
                : List.of("state", "=", query.status() == InvoiceStatus.OPEN ? "posted" : "paid"));
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip() + "%";
            domain.add(List.of("OR", List.of("number", "ilike", like), List.of("reference", "ilike", like),
                    List.of("sales.number", "ilike", like)));
        }
        if (query.from() != null) {
            domain.add(List.of("invoice_date", ">=", TrytonValues.date(query.from())));
        }
        if (query.to() != null) {
            domain.add(List.of("invoice_date", "<=", TrytonValues.date(query.to())));
        }
        int size = Math.max(1, query.size());
        int page = Math.max(1, query.page());
        String direction = query.status() == InvoiceStatus.OPEN ? "ASC" : "DESC";
        long total = rpc.model("account.invoice.search_count", domain).asLong();
        List<JsonNode> found = stream(rpc.model("account.invoice.search_read", domain, (page - 1) * size, size,
                List.of(List.of("invoice_date", direction), List.of("id", direction)), INVOICE_FIELDS)).toList();
        Map<Long, LocalDate> dueDates = dueDates(found);
        Map<Long, String> orderNumbers = orderNumbers(found);
        List<InvoicePage.InvoiceSummary> invoices = found.stream().map(invoice -> new InvoicePage.InvoiceSummary(
                invoice.get("number").asString(), firstOrder(invoice, orderNumbers), TrytonValues.text(invoice, "reference"),
                TrytonValues.date(invoice.get("invoice_date")), dueDate(invoice, dueDates), money(invoice, "total_amount"),
                money(invoice, "amount_to_pay"), status(invoice))).toList();
        return new InvoicePage(invoices, page, size, total, clock.instant());
    }

    Invoice invoice(String number) {
        JsonNode found = rpc.model("account.invoice.search_read", List.of(List.of("number", "=", number),
                List.of("type", "=", "out"), List.of("state", "in", List.of("posted", "paid"))), 0, 1, null, INVOICE_FIELDS);
        if (found.isEmpty()) {
            throw new ErpNotFoundException("Tryton has no posted customer invoice " + number);
        }
        JsonNode invoice = found.get(0);
        Currency currency = currencyOf(invoice);
        List<Invoice.Line> lines = new ArrayList<>();
        stream(rpc.model("account.invoice.line.search_read", List.of(List.of("invoice", "=", invoice.get("id").asLong()),
                List.of("type", "=", "line")), 0, null, List.of(List.of("sequence", "ASC"), List.of("id", "ASC")),
                List.of("product.code", "product.name", "description", "quantity", "unit.symbol", "unit_price", "amount")))
                .forEach(line -> lines.add(new Invoice.Line(lines.size() + 1, TrytonValues.text(line, "product.code"),
                        TrytonValues.text(line, "product.name") != null ? TrytonValues.text(line, "product.name")
                                : line.path("description").asString(),
                        (int) line.get("quantity").asDouble(), TrytonValues.text(line, "unit.symbol"),
                        amount(TrytonValues.decimal(line.get("unit_price")), currency),
                        amount(TrytonValues.decimal(line.get("amount")), currency))));
        List<Long> paymentIds = new ArrayList<>(ids(invoice.get("payment_lines")));
        ids(invoice.get("reconciliation_lines")).stream().filter(id -> !paymentIds.contains(id)).forEach(paymentIds::add);
        List<Invoice.Payment> payments = paymentIds.isEmpty() ? List.of()
                : stream(rpc.model("account.move.line.read", paymentIds, List.of("date", "debit", "credit", "move.number",
                        "description")))
                        .map(line -> new Invoice.Payment(TrytonValues.date(line.get("date")),
                                amount(signed(line).negate(), currency), reference(line)))
                        .sorted(Comparator.comparing(Invoice.Payment::date)).toList();
        return new Invoice(number, TrytonValues.text(invoice, "party.code"), firstOrder(invoice, orderNumbers(List.of(invoice))),
                TrytonValues.text(invoice, "reference"), TrytonValues.date(invoice.get("invoice_date")),
                dueDate(invoice, dueDates(List.of(invoice))), status(invoice), List.copyOf(lines),
                money(invoice, "untaxed_amount"), money(invoice, "tax_amount"), money(invoice, "total_amount"),
                money(invoice, "amount_to_pay"), payments, clock.instant());
    }

    /**
     * The receivable lines of the customer's posted moves: invoices are debits, credit notes and payments credits.
     * Aging counts the lines not reconciled by the end of the period, by their maturity date.
     */
    Statement statement(String customerId, LocalDate from, LocalDate to) {
        Currency currency = company.currency();
        List<JsonNode> lines = stream(rpc.model("account.move.line.search_read", List.of(
                List.of("party.code", "=", customerId), List.of("account.type.receivable", "=", true),
                List.of("move.state", "=", "posted"), List.of("date", "<=", TrytonValues.date(to))), 0, null,
                List.of(List.of("date", "ASC"), List.of("id", "ASC")),
                List.of("date", "debit", "credit", "maturity_date", "move.number", "move.origin", "description",
                        "reconciliation.date"))).toList();
        Map<Long, String> invoiceNumbers = invoiceNumbers(lines);
        BigDecimal opening = BigDecimal.ZERO;
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal[] aging = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        List<Statement.Entry> entries = new ArrayList<>();
        for (JsonNode line : lines) {
            LocalDate date = TrytonValues.date(line.get("date"));
            BigDecimal amount = signed(line);
            if (date.isBefore(from)) {
                opening = opening.add(amount);
                running = opening;
            } else {
                running = running.add(amount);
                String invoice = invoiceNumbers.get(originId(line));
                Statement.EntryType type = invoice == null ? Statement.EntryType.PAYMENT
                        : amount.signum() >= 0 ? Statement.EntryType.INVOICE : Statement.EntryType.CREDIT_MEMO;
                entries.add(new Statement.Entry(date, type, invoice != null ? invoice : reference(line), invoice,
                        amount(amount, currency), amount(running, currency)));
            }
            JsonNode reconciliation = TrytonValues.path(line, "reconciliation.date");
            LocalDate reconciled = reconciliation.isMissingNode() ? null : TrytonValues.date(reconciliation);
            if (reconciled == null || reconciled.isAfter(to)) {
                LocalDate due = line.get("maturity_date").isNull() ? date : TrytonValues.date(line.get("maturity_date"));
                long late = ChronoUnit.DAYS.between(due, to);
                int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
                aging[bucket] = aging[bucket].add(amount);
            }
        }
        return new Statement(customerId, from, to, amount(opening, currency), List.copyOf(entries),
                amount(running, currency), new Statement.Aging(amount(aging[0], currency), amount(aging[1], currency),
                        amount(aging[2], currency), amount(aging[3], currency), amount(aging[4], currency)),
                clock.instant());
    }

    private Map<Long, LocalDate> dueDates(List<JsonNode> invoices) {
        Map<Long, Long> invoiceOfLine = new HashMap<>();
        invoices.forEach(i -> ids(i.get("lines_to_pay")).forEach(line -> invoiceOfLine.put(line, i.get("id").asLong())));
        if (invoiceOfLine.isEmpty()) {
            return Map.of();
        }
        return stream(rpc.model("account.move.line.read", List.copyOf(invoiceOfLine.keySet()), List.of("maturity_date")))
                .filter(line -> !line.path("maturity_date").isNull())
                .collect(Collectors.toMap(line -> invoiceOfLine.get(line.get("id").asLong()),
                        line -> TrytonValues.date(line.get("maturity_date")), (a, b) -> a.isBefore(b) ? a : b));
    }

    private Map<Long, String> orderNumbers(List<JsonNode> invoices) {
        List<Long> sales = invoices.stream().flatMap(i -> ids(i.get("sales")).stream()).distinct().toList();
        if (sales.isEmpty()) {
            return Map.of();
        }
        return stream(rpc.model("sale.sale.read", sales, List.of("number")))
                .collect(Collectors.toMap(s -> s.get("id").asLong(), s -> s.get("number").asString()));
    }

    private Map<Long, String> invoiceNumbers(List<JsonNode> lines) {
        List<Long> invoiceIds = lines.stream().map(TrytonInvoices::originId).filter(id -> id != null).distinct().toList();
        if (invoiceIds.isEmpty()) {
            return Map.of();
        }
        return stream(rpc.model("account.invoice.read", invoiceIds, List.of("number")))
                .collect(Collectors.toMap(i -> i.get("id").asLong(), i -> i.get("number").asString()));
    }

    /** The invoice a move line comes from, if its move's origin is one. */
    private static Long originId(JsonNode line) {
        String origin = TrytonValues.text(line, "move.origin");
        return origin != null && origin.startsWith("account.invoice,") ? Long.valueOf(origin.substring(16)) : null;
    }

    private static String firstOrder(JsonNode invoice, Map<Long, String> orderNumbers) {
        return ids(invoice.get("sales")).stream().map(orderNumbers::get).filter(n -> n != null).findFirst().orElse(null);
    }

    private static LocalDate dueDate(JsonNode invoice, Map<Long, LocalDate> dueDates) {
        return dueDates.getOrDefault(invoice.get("id").asLong(), TrytonValues.date(invoice.get("invoice_date")));
    }

    private static InvoiceStatus status(JsonNode invoice) {
        return invoice.get("state").asString().equals("paid") ? InvoiceStatus.PAID : InvoiceStatus.OPEN;
    }

    private static BigDecimal signed(JsonNode line) {
        return TrytonValues.orZero(TrytonValues.decimal(line.get("debit")))
                .subtract(TrytonValues.orZero(TrytonValues.decimal(line.get("credit"))));
    }

    private static String reference(JsonNode line) {
        String description = TrytonValues.text(line, "description");
        return description != null && !description.isBlank() ? description : TrytonValues.text(line, "move.number");
    }

    private static List<Long> ids(JsonNode array) {
        return array == null || array.isNull() ? List.of() : stream(array).map(JsonNode::asLong).toList();
    }

    private Currency currencyOf(JsonNode invoice) {
        String code = TrytonValues.text(invoice, "currency.code");
        return code == null ? company.currency() : Currency.getInstance(code);
    }

    private Money money(JsonNode invoice, String field) {
        return amount(TrytonValues.orZero(TrytonValues.decimal(invoice.get(field))), currencyOf(invoice));
    }
}
