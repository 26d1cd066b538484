package io.windowpane.erp;

import java.time.Instant;

/** Something changed in the ERP: re-read the resource named by {@code key}, never trust a payload. */
public record ChangeEvent(String id, Type type, String key, Kind kind, Instant at) {

    /** The kind of resource that changed; {@code key} is its SKU, customer id, order or invoice number. */
    public enum Type {
        PRICE, STOCK, CREDIT, ORDER, SHIPMENT, CUSTOMER, ITEM, INVOICE
    }

    /** How it changed. */
    public enum Kind {
        UPDATED, CREATED, DELETED
    }
}
