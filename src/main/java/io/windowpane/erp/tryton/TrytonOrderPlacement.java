package io.windowpane.erp.tryton;

import static io.windowpane.erp.tryton.TrytonValues.amount;
import static io.windowpane.erp.tryton.TrytonValues.stream;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.ErpRejectedException;
import io.windowpane.erp.NewOrder;
import io.windowpane.erp.OrderConfirmation;
import io.windowpane.erp.OrderLineRequest;
import io.windowpane.erp.PriceQuote;
import tools.jackson.databind.JsonNode;

/** Quotes and orders placed on Tryton, as sales Tryton prices, taxes and confirms. */
class TrytonOrderPlacement {

    private final TrytonRpc rpc;
    private final TrytonCompany company;
    private final TrytonParties parties;
    private final TrytonCatalog catalog;
    private final TrytonSales sales;
    private final Clock clock;

    TrytonOrderPlacement(TrytonRpc rpc, TrytonCompany company, TrytonParties parties, TrytonCatalog catalog, TrytonSales sales,
            Clock clock) {
        this.rpc = rpc;
        this.company = company;
        this.parties = parties;
        this.catalog = catalog;
        this.sales = sales;
        this.clock = clock;
    }

    /** Tryton computes the prices and taxes of a draft sale, which is deleted again: nothing is kept. */
    PriceQuote quote(String customerId, List<OrderLineRequest> lines) {
        long sale = createDraft(new NewOrder(customerId, null, null, null, null, null, lines), null);
        try {
            JsonNode read = sales.read(sale);
            List<PriceQuote.Line> quoted = stream(rpc.model("sale.line.search_read", List.of(List.of("sale", "=", sale),
                    java.util.Arrays.asList("shipment_cost", "=", null)), 0, null, List.of(List.of("id", "ASC")),
                    List.of("product.code", "quantity", "unit_price", "amount")))
                    .map(l -> new PriceQuote.Line(TrytonValues.text(l, "product.code"), (int) l.get("quantity").asDouble(),
                            amount(TrytonValues.decimal(l.get("unit_price")), sales.currencyOf(read)),
                            amount(TrytonValues.decimal(l.get("amount")), sales.currencyOf(read)))).toList();
            return new PriceQuote(quoted, sales.money(read, "untaxed_amount"), sales.money(read, "tax_amount"), sales.money(read, "total_amount"),
                    clock.instant());
        } finally {
            rpc.model("sale.sale.delete", List.of(sale));
        }
    }

    /**
     * Exactly once per idempotency key (TRYTON.md: Tryton has none): the key is kept in the sale's comment and
     * searched for first, so a retry after a lost answer finds the first sale and carries it on (quote and confirm
     * are no-ops on a sale past that state). The portal's per-customer lock keeps two placements of one customer
     * from racing. A duplicate PO and a refusal of Tryton's credit check come back as rejections with Tryton's
     * message, and a refused sale is deleted.
     */
    OrderConfirmation placeOrder(NewOrder order, String idempotencyKey) {
        String keyLine = IDEMPOTENCY_LINE + " " + idempotencyKey;
        JsonNode earlier = rpc.model("sale.sale.search_read", List.of(List.of("comment", "ilike", "%" + keyLine + "%"),
                List.of("state", "!=", "cancelled")), 0, 1, null, List.of("state"));
        long sale;
        if (earlier.isEmpty()) {
            refuseReusedPo(order);
            refuseUnknownRep(order);
            sale = createDraft(order, comment(order, keyLine));
        } else {
            sale = earlier.get(0).get("id").asLong();
        }
        try {
            rpc.model("sale.sale.quote", List.of(sale));
            rpc.model("sale.sale.confirm", List.of(sale));
        } catch (ErpRejectedException refused) {
            rpc.model("sale.sale.draft", List.of(sale));
            rpc.model("sale.sale.delete", List.of(sale));
            throw refused.getMessage().toLowerCase(Locale.ROOT).contains("credit limit") ? creditRefusal(order, refused) : refused;
        }
        JsonNode confirmed = sales.read(sale);
        return new OrderConfirmation(confirmed.get("number").asString(), TrytonSales.status(confirmed),
                sales.money(confirmed, "total_amount"), List.of());
    }

    private void refuseReusedPo(NewOrder order) {
        String po = order.customerPoNumber();
        if (po != null && !po.isBlank() && rpc.model("sale.sale.search_count", List.of(List.of("party.code", "=", order.customerId()),
                List.of("reference", "=", po), List.of("state", "!=", "cancelled"))).asLong() > 0) {
            throw new ErpRejectedException(409, "DUPLICATE_PO", "Purchase order " + po + " was already used for an order of "
                    + order.customerId(), Map.of());
        }
    }

    private void refuseUnknownRep(NewOrder order) {
        if (order.salesAgent() != null && rpc.model("commission.agent.search_count",
                List.of(List.of("party.code", "=", order.salesAgent().code()))).asLong() == 0) {
            throw new ErpRejectedException(422, "UNKNOWN_SALES_AGENT", "Tryton has no sales rep " + order.salesAgent().code(),
                    Map.of("salesAgent", order.salesAgent().code()));
        }
    }

    /** The sale's comment: the idempotency key, who placed it and the rep who did (read back by {@link TrytonSales}). */
    private static String comment(NewOrder order, String keyLine) {
        StringBuilder comment = new StringBuilder(keyLine).append('\n');
        if (order.placedBy() != null) {
            comment.append(TrytonSales.PLACED_BY_LINE).append(' ').append(order.placedBy()).append('\n');
        }
        if (order.salesAgent() != null) {
            comment.append(TrytonSales.SALES_REP_LINE).append(' ').append(order.salesAgent().code())
                    .append(order.salesAgent().email() == null ? "" : " " + order.salesAgent().email()).append('\n');
        }
        return comment.toString();
    }

    /** The port's credit rejection carries the figures the portal shows (as ERP-API.md's does), with Tryton's message. */
    private ErpRejectedException creditRefusal(NewOrder order, ErpRejectedException refused) {
        CreditAccount credit = parties.credit(order.customerId());
        return new ErpRejectedException(422, "CREDIT_LIMIT_EXCEEDED", refused.getMessage(),
                Map.of("available", credit.available().amount(), "creditLimit", credit.creditLimit().amount()));
    }

    static final String IDEMPOTENCY_LINE = "Idempotency-Key:";

    /**
     * A draft sale as Tryton's client would build it: create runs no on_change, so the addresses, price list,
     * payment term, unit prices (Tryton's own, at each line's quantity) and taxes are set here.
     */
    private long createDraft(NewOrder order, String comment) {
        List<OrderLineRequest> lines = order.lines();
        String shipToId = order.shipToId();
        JsonNode party = parties.party(order.customerId(), "sale_price_list", "customer_payment_term", "addresses");
        long partyId = party.get("id").asLong();
        List<JsonNode> addresses = stream(rpc.model("party.address.search_read", List.of(List.of("party", "=", partyId)), 0, null,
                null, List.of("delivery", "invoice"))).toList();
        Long invoiceAddress = addresses.stream().filter(a -> a.path("invoice").asBoolean()).map(a -> a.get("id").asLong()).findFirst()
                .orElse(addresses.isEmpty() ? null : addresses.get(0).get("id").asLong());
        Long shipmentAddress = shipToId != null && !shipToId.isBlank() ? Long.valueOf(shipToId)
                : addresses.stream().filter(a -> a.path("delivery").asBoolean()).map(a -> a.get("id").asLong()).findFirst().orElse(invoiceAddress);
        List<String> skus = lines.stream().map(OrderLineRequest::sku).distinct().toList();
        Map<String, JsonNode> products = stream(rpc.model("product.product.search_read", List.of(List.of("code", "in", skus)), 0,
                null, null, List.of("code", "default_uom", "account_category.customer_taxes_used")))
                .collect(Collectors.toMap(p -> p.get("code").asString(), Function.identity()));
        for (String sku : skus) {
            if (!products.containsKey(sku)) {
                throw new ErpRejectedException(422, "UNKNOWN_SKU", "Tryton has no product " + sku, Map.of("sku", sku));
            }
        }
        Long priceList = party.get("sale_price_list").isNull() ? null : party.get("sale_price_list").asLong();
        Map<Integer, Map<Long, BigDecimal>> prices = new HashMap<>();
        for (int quantity : lines.stream().map(OrderLineRequest::qty).collect(Collectors.toCollection(TreeSet::new))) {
            prices.put(quantity, catalog.unitPrices(partyId, priceList, products.values().stream().map(p -> p.get("id").asLong())
                    .toList(), quantity));
        }
        List<Map<String, Object>> saleLines = new ArrayList<>();
        for (OrderLineRequest line : lines) {
            JsonNode product = products.get(line.sku());
            long productId = product.get("id").asLong();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("type", "line");
            values.put("product", productId);
            values.put("quantity", line.qty());
            values.put("unit", product.get("default_uom").asLong());
            values.put("unit_price", Map.of("__class__", "Decimal", "decimal", prices.get(line.qty()).get(productId).toPlainString()));
            // the taxes of the product's accounting category, as Tryton's client sets them
            values.put("taxes", List.of(List.of("add", stream(TrytonValues.path(product, "account_category.customer_taxes_used"))
                    .map(JsonNode::asLong).toList())));
            saleLines.add(values);
        }
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("party", partyId);
        sale.put("warehouse", company.shippingWarehouse());
        sale.put("invoice_address", invoiceAddress);
        sale.put("shipment_address", shipmentAddress);
        sale.put("price_list", priceList);
        if (!party.get("customer_payment_term").isNull()) {
            sale.put("payment_term", party.get("customer_payment_term").asLong());
        }
        if (order.customerPoNumber() != null) {
            sale.put("reference", order.customerPoNumber());
        }
        if (order.requestedDate() != null) {
            // "when the shipping of goods should start": the nearest Tryton has to a requested delivery date
            sale.put("shipping_date", TrytonValues.date(order.requestedDate()));
        }
        if (comment != null) {
            sale.put("comment", comment);
        }
        sale.put("lines", List.of(List.of("create", saleLines)));
        return rpc.model("sale.sale.create", List.of(sale)).get(0).asLong();
    }

}
