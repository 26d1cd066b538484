package io.windowpane.erp.tryton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.windowpane.erp.ChangeEvent;
import tools.jackson.databind.JsonNode;

/**
 * What changed in Tryton since an instant, as the port's change events: products (ITEM and PRICE of their SKU),
 * price-list lines (PRICE of every SKU they apply to), stock moves (STOCK of their SKU), parties (CUSTOMER and
 * CREDIT) and sales (CREDIT of the customer, ORDER of the sale). One search per model and poll.
 */
final class TrytonChanges {

    private final TrytonRpc rpc;

    TrytonChanges(TrytonRpc rpc) {
        this.rpc = rpc;
    }

    List<ChangeEvent> since(Instant from) {
        List<ChangeEvent> events = new ArrayList<>();
        for (JsonNode product : changed("product.product", from, "code", "write_date", "create_date")) {
            add(events, "product", product, ChangeEvent.Type.ITEM, product.path("code").asString());
            add(events, "product", product, ChangeEvent.Type.PRICE, product.path("code").asString());
        }
        for (JsonNode template : changed("product.template", from, "products", "write_date", "create_date")) {
            for (JsonNode product : rpc.model("product.product.read", ids(template.get("products")), List.of("code"))) {
                add(events, "template", template, ChangeEvent.Type.PRICE, product.path("code").asString());
                add(events, "template", template, ChangeEvent.Type.ITEM, product.path("code").asString());
            }
        }
        for (JsonNode line : changed("product.price_list.line", from, "product.code", "category", "write_date", "create_date")) {
            // a line for a product, for a category, or (neither) for every product of the list
            List<Object> domain = !line.get("category").isNull() ? List.of(List.of("categories", "=", line.get("category").asLong()))
                    : TrytonValues.text(line, "product.code") != null ? List.of(List.of("code", "=", TrytonValues.text(line, "product.code")))
                    : List.of();
            for (JsonNode product : rpc.model("product.product.search_read", domain, 0, null, null, List.of("code"))) {
                add(events, "price_line", line, ChangeEvent.Type.PRICE, product.path("code").asString());
            }
        }
        for (JsonNode move : changed("stock.move", from, "product.code", "write_date", "create_date")) {
            add(events, "move", move, ChangeEvent.Type.STOCK, TrytonValues.text(move, "product.code"));
        }
        for (JsonNode party : changed("party.party", from, "code", "write_date", "create_date")) {
            add(events, "party", party, ChangeEvent.Type.CUSTOMER, party.path("code").asString());
            add(events, "party", party, ChangeEvent.Type.CREDIT, party.path("code").asString());
        }
        for (JsonNode sale : changed("sale.sale", from, "number", "party.code", "write_date", "create_date")) {
            add(events, "sale", sale, ChangeEvent.Type.CREDIT, TrytonValues.text(sale, "party.code"));
            if (!sale.path("number").isNull()) {
                add(events, "sale", sale, ChangeEvent.Type.ORDER, sale.path("number").asString());
            }
        }
        return events;
    }

    private JsonNode changed(String model, Instant from, String... fields) {
        Map<String, Object> at = TrytonValues.datetime(from);
        return rpc.model(model + ".search_read", List.of("OR", List.of("write_date", ">=", at), List.of("create_date", ">=", at)),
                0, null, null, List.of(fields));
    }

    private static void add(List<ChangeEvent> events, String model, JsonNode record, ChangeEvent.Type type, String key) {
        if (key == null || key.isBlank()) {
            return;
        }
        Instant stamp = TrytonValues.modified(record);
        String id = String.join(":", "tryton", model, record.get("id").asString(), String.valueOf(stamp), type.name(), key);
        events.add(new ChangeEvent(id, type, key, ChangeEvent.Kind.UPDATED, stamp));
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asLong).toList();
    }

}
