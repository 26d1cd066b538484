package io.windowpane.erp;

/** The life of an ERP sales order. */
public enum OrderStatus {
    OPEN, ON_HOLD, PARTIALLY_SHIPPED, SHIPPED, INVOICED, CLOSED, CANCELLED
}
