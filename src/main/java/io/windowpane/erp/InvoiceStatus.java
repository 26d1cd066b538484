package io.windowpane.erp;

/** Whether an invoice still has an amount to pay. */
public enum InvoiceStatus {
    OPEN, PAID
}
