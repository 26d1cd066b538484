package io.windowpane.erp;

/** The sales rep who placed an order on the customer's behalf (while acting for them in the portal). */
public record SalesAgent(String code, String email) {
}
