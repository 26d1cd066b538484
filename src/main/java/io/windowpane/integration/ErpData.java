package io.windowpane.integration;

import java.util.Arrays;
import java.util.Set;

/** The kinds of ERP data buyers see, by the ERP port's operations that read or write them. */
public enum ErpData {
    CATALOG("items", "searchItems", "categories"),
    PRICES("prices", "quote"),
    STOCK("stock"),
    CREDIT("credit"),
    ACCOUNTS("customer", "customersOfSalesRep", "salesRep"),
    ORDERS("orders", "order", "shipments"),
    INVOICES("invoices", "invoice", "statement"),
    ORDER_PLACEMENT("placeOrder"),
    CHANGE_EVENTS("changes", "subscribe", "unsubscribe");

    private final Set<String> operations;

    ErpData(String... operations) {
        this.operations = Set.of(operations);
    }

    static ErpData of(String operation) {
        return Arrays.stream(values()).filter(data -> data.operations.contains(operation)).findFirst().orElse(CATALOG);
    }
}
