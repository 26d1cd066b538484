package io.windowpane.erpsim.dataset;

/** Something changed in the ERP; the change feed gives it an id and a time and tells subscribers. */
public record SimChange(Type type, String key, ChangeType changeType) {

    public enum Type {
        PRICE, STOCK, CREDIT, ORDER, SHIPMENT, CUSTOMER, ITEM, INVOICE
    }

    public enum ChangeType {
        UPDATED, CREATED, DELETED
    }

    static SimChange updated(Type type, String key) {
        return new SimChange(type, key, ChangeType.UPDATED);
    }
}
