package io.windowpane.erp.tryton;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.windowpane.support.TestTryton;
import tools.jackson.databind.JsonNode;

/** Tryton's own answers, asked over its JSON-RPC beside the adapter: what the tests compare the portal with. */
final class TrytonDirect {

    private final TrytonRpc rpc;

    TrytonDirect(String database) {
        TrytonProperties properties = properties(database, "admin");
        this.rpc = new TrytonRpc(RestClient.builder().baseUrl(properties.url().toString())
                .requestFactory(new BufferingClientHttpRequestFactory(new JdkClientHttpRequestFactory())).build(), properties,
                TrytonConfiguration.defaultCircuitBreaker(), Bulkhead.ofDefaults("tryton-direct"));
    }

    static TrytonProperties properties(String database, String password) {
        return new TrytonProperties(TestTryton.shared().url(), database, "admin", password, Duration.ofSeconds(2),
                Duration.ofSeconds(20));
    }

    JsonNode model(String modelMethod, Object... params) {
        return rpc.model(modelMethod, params);
    }

    /** The sales with this customer PO (reference), with the fields asked for. */
    JsonNode salesWithPo(String po, String... fields) {
        return rpc.model("sale.sale.search_read", List.of(List.of("reference", "=", po)), 0, null, null, List.of(fields));
    }

    /** Tryton's unit price of a product for a customer at a quantity: its price list and breaks applied. */
    BigDecimal priceAt(String customer, String sku, int quantity) {
        JsonNode party = rpc.model("party.party.search_read", List.of(List.of("code", "=", customer)), 0, 1, null,
                List.of("sale_price_list")).get(0);
        long product = rpc.model("product.product.search_read", List.of(List.of("code", "=", sku)), 0, 1, null,
                List.of("code")).get(0).get("id").asLong();
        Map<String, Object> context = new HashMap<>();
        context.put("customer", party.get("id").asLong());
        context.put("price_list", party.get("sale_price_list").isNull() ? null : party.get("sale_price_list").asLong());
        context.put("quantity", quantity);
        return TrytonValues.decimal(rpc.model("product.product.read", List.of(product), List.of("sale_price_uom"),
                rpc.context(context)).get(0).get("sale_price_uom"));
    }
}
