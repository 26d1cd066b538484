package io.windowpane.erp;

import java.time.LocalDate;

/**
 * A search of a customer's invoices: status ({@code null} for all), text (invoice, order or PO number) and the
 * invoice-date range (inclusive) are optional; pages from 1. The ERP lists open invoices by due date (the most
 * overdue first), others newest first.
 */
public record InvoiceQuery(String customerId, InvoiceStatus status, String text, LocalDate from, LocalDate to,
        int page, int size) {
}
