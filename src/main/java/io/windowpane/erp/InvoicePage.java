package io.windowpane.erp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of a customer's invoices. */
public record InvoicePage(List<InvoiceSummary> invoices, int page, int size, long total, Instant readAt) {

    /** How many pages the invoices fill (at least one). */
    public int pageCount() {
        return (int) Math.max(1, (total + Math.max(1, size) - 1) / Math.max(1, size));
    }

    /** An invoice as the list shows it. */
    public record InvoiceSummary(String number, String orderNumber, String customerPoNumber, LocalDate invoiceDate,
            LocalDate dueDate, Money total, Money openAmount, InvoiceStatus status) {

        /** Open and past its due date on that day. */
        public boolean isOverdueOn(LocalDate day) {
            return status == InvoiceStatus.OPEN && dueDate.isBefore(day);
        }

        /** Days past its due date on that day, 0 unless overdue. */
        public long daysOverdueOn(LocalDate day) {
            return isOverdueOn(day) ? java.time.temporal.ChronoUnit.DAYS.between(dueDate, day) : 0;
        }
    }
}
