package io.windowpane.erp.tryton;

import java.util.Currency;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The company the portal sells for, read once: its currency is the one Tryton keeps prices and credit in. */
class TrytonCompany {

    private final TrytonRpc rpc;
    private volatile Currency currency;

    TrytonCompany(TrytonRpc rpc) {
        this.rpc = rpc;
    }

    Currency currency() {
        Currency known = currency;
        if (known == null) {
            JsonNode company = rpc.model("company.company.search_read", List.of(), 0, 1, null, List.of("currency.code"));
            known = Currency.getInstance(TrytonValues.text(company.get(0), "currency.code"));
            currency = known;
        }
        return known;
    }

    /** Orders ship from the first warehouse by code (Tryton sets none by itself when it has several). */
    long shippingWarehouse() {
        return rpc.model("stock.location.search", List.of(List.of("type", "=", "warehouse")), 0, 1, List.of(List.of("code", "ASC")))
                .get(0).asLong();
    }
}
