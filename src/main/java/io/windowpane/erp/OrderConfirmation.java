package io.windowpane.erp;

import java.util.List;

/** The ERP's acceptance of a new order. */
public record OrderConfirmation(String number, OrderStatus status, Money total, List<String> warnings) {
}
