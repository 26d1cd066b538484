package io.windowpane.erp;

/** A SKU and quantity to quote or order. */
public record OrderLineRequest(String sku, int qty) {
}
