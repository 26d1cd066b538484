package io.windowpane.erp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer invoice with its lines, totals ({@code total = subtotal + tax}), what is still open, and the payments
 * and credit memos applied to it; {@code orderNumber} is null for an invoice that bills no order.
 */
public record Invoice(String number, String customerId, String orderNumber, String customerPoNumber,
        LocalDate invoiceDate, LocalDate dueDate, InvoiceStatus status, List<Line> lines, Money subtotal, Money tax,
        Money total, Money openAmount, List<Payment> payments, Instant readAt) {

    /** Open and past its due date on that day. */
    public boolean isOverdueOn(LocalDate day) {
        return status == InvoiceStatus.OPEN && dueDate.isBefore(day);
    }

    /** Days past its due date on that day, 0 unless overdue. */
    public long daysOverdueOn(LocalDate day) {
        return isOverdueOn(day) ? java.time.temporal.ChronoUnit.DAYS.between(dueDate, day) : 0;
    }

    /** An invoiced line. */
    public record Line(int lineNo, String sku, String name, int qty, String uom, Money unitPrice, Money lineTotal) {
    }

    /** A payment or credit memo applied to the invoice. */
    public record Payment(LocalDate date, Money amount, String reference) {
    }
}
