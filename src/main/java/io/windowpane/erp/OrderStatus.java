package io.windowpane.erp;

/** The life of an ERP sales order. */
public enum OrderStatus {
    OPEN, ON_HOLD, PARTIALLY_SHIPPED, SHIPPED, INVOICED, CLOSED, CANCELLED;

    /** Whether the order is still to be (fully) shipped. */
    public boolean isOpen() {
        return this == OPEN || this == ON_HOLD || this == PARTIALLY_SHIPPED;
    }
}
