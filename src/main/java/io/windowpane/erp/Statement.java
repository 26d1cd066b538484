package io.windowpane.erp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's account statement for a period (inclusive): the balance brought forward, each invoice (a positive
 * amount), payment and credit memo (negative) with the running balance, the closing balance and its aging.
 */
public record Statement(String customerId, LocalDate from, LocalDate to, Money openingBalance, List<Entry> entries,
        Money closingBalance, Aging aging, Instant readAt) {

    /** What an entry is. */
    public enum EntryType {
        INVOICE, PAYMENT, CREDIT_MEMO
    }

    /** A statement line; {@code invoiceNumber}, when the ERP gives it, is the invoice it is or settles. */
    public record Entry(LocalDate date, EntryType type, String reference, String invoiceNumber, Money amount,
            Money balance) {
    }

    /** The closing balance by days past due at the end of the period. */
    public record Aging(Money current, Money d1to30, Money d31to60, Money d61to90, Money over90) {

        public Money overdue() {
            return d1to30.plus(d31to60).plus(d61to90).plus(over90);
        }

        public Money total() {
            return current.plus(overdue());
        }
    }
}
