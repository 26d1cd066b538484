package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer invoice for a shipped order, with what has settled it: payments and credit memos. Its open amount is
 * the total less its settlements; a customer's balance is the sum of the open amounts of its invoices.
 */
public record SimInvoice(String number, String customerId, String orderNumber, String customerPoNumber,
        LocalDate invoiceDate, LocalDate dueDate, String currency, List<Line> lines, BigDecimal subtotal, BigDecimal tax,
        BigDecimal total, List<Settlement> settlements, Instant modifiedAt) {

    public enum Status {
        OPEN, PAID
    }

    public record Line(int lineNo, String sku, String name, int qty, String uom, BigDecimal unitPrice,
            BigDecimal lineTotal) {
    }

    /** A payment or a credit memo applied to the invoice. */
    public record Settlement(LocalDate date, BigDecimal amount, String reference, Kind kind) {

        public enum Kind {
            PAYMENT, CREDIT_MEMO
        }
    }

    public BigDecimal openAmount() {
        return total.subtract(settledBy(null));
    }

    /** What was still open at the end of that day (the invoice must exist by then). */
    public BigDecimal openAmountOn(LocalDate day) {
        return total.subtract(settledBy(day));
    }

    public Status status() {
        return openAmount().signum() > 0 ? Status.OPEN : Status.PAID;
    }

    SimInvoice settled(Settlement settlement, Instant at) {
        List<Settlement> all = new ArrayList<>(settlements);
        all.add(settlement);
        return new SimInvoice(number, customerId, orderNumber, customerPoNumber, invoiceDate, dueDate, currency, lines,
                subtotal, tax, total, List.copyOf(all), at);
    }

    private BigDecimal settledBy(LocalDate day) {
        return settlements.stream().filter(s -> day == null || !s.date().isAfter(day)).map(Settlement::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
