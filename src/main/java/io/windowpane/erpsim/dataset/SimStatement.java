package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's account statement for a period: the balance brought forward, every invoice, payment and credit
 * memo in the period with the running balance, the closing balance, and how old the open amounts are at its end.
 */
public record SimStatement(String customerId, LocalDate from, LocalDate to, BigDecimal openingBalance,
        List<Entry> entries, BigDecimal closingBalance, Aging aging, String currency) {

    public enum EntryType {
        INVOICE, PAYMENT, CREDIT_MEMO
    }

    /** An entry; {@code invoiceNumber} is the invoice it is or settles. */
    public record Entry(LocalDate date, EntryType type, String reference, String invoiceNumber, BigDecimal amount,
            BigDecimal balance) {
    }

    /** Open amounts by days past their due date; the buckets add up to the closing balance. */
    public record Aging(BigDecimal current, BigDecimal d1to30, BigDecimal d31to60, BigDecimal d61to90,
            BigDecimal over90) {
    }
}
