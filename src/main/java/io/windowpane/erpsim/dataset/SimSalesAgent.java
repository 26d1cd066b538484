package io.windowpane.erpsim.dataset;

/** The rep who placed an order for the customer, as {@code POST /v1/orders} takes it and order reads return it. */
public record SimSalesAgent(String code, String email) {
}
