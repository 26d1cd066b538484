package io.windowpane.erp.tryton;

import static io.windowpane.erp.tryton.TrytonValues.amount;
import static io.windowpane.erp.tryton.TrytonValues.stream;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.windowpane.erp.Category;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.ItemStock;
import tools.jackson.databind.JsonNode;

/**
 * The catalog on Tryton: SKU = product code, category code = the product category's id. Reads are batched: a
 * catalog page of any size costs a fixed number of calls (search, count; prices: three and one per distinct break
 * quantity; stock: three and two per warehouse), never one per item.
 */
class TrytonCatalog {

    private static final List<String> ITEM_FIELDS = List.of("code", "name", "categories", "default_uom.symbol",
            "list_price", "active", "type");
    private static final List<Object> ANY_ACTIVE = List.of("active", "in", List.of(true, false));

    private final TrytonRpc rpc;
    private final TrytonCompany company;
    private final TrytonParties parties;
    private final Clock clock;

    TrytonCatalog(TrytonRpc rpc, TrytonCompany company, TrytonParties parties, Clock clock) {
        this.rpc = rpc;
        this.company = company;
        this.parties = parties;
        this.clock = clock;
    }

    ItemPage searchItems(ItemQuery query) {
        List<Object> domain = new ArrayList<>(List.of(List.of("salable", "=", true), List.of("type", "=", "goods")));
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip() + "%";
            domain.add(List.of("OR", List.of("name", "ilike", like), List.of("code", "ilike", like)));
        }
        if (query.category() != null && !query.category().isBlank()) {
            domain.add(List.of("categories", "=", categoryId(query.category())));
        }
        int size = Math.max(1, query.size());
        int page = Math.max(1, query.page());
        long total = rpc.model("product.product.search_count", domain).asLong();
        List<Item> items = items(rpc.model("product.product.search_read", domain, (page - 1) * size, size,
                List.of(List.of("code", "ASC")), ITEM_FIELDS));
        return new ItemPage(items, page, size, total, clock.instant());
    }

    List<Item> items(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return items(rpc.model("product.product.search_read", List.of(List.of("code", "in", List.copyOf(skus)), ANY_ACTIVE),
                0, null, null, ITEM_FIELDS));
    }

    List<Category> categories() {
        Instant now = clock.instant();
        return stream(rpc.model("product.category.search_read", List.of(List.of("accounting", "=", false)), 0, null,
                List.of(List.of("name", "ASC")), List.of("name", "parent")))
                .map(c -> new Category(c.get("id").asString(), c.get("name").asString(),
                        c.get("parent").isNull() ? null : c.get("parent").asString(), now))
                .toList();
    }

    /**
     * Prices through Tryton's own price computation ({@code sale_price_uom} read with the customer, price list and
     * quantity in the context): the break quantities come from the price list's lines that apply to each item,
     * and the items are priced together at each distinct break quantity, one call per quantity.
     */
    List<ContractPrice> prices(String customerId, Collection<String> skus) {
        JsonNode party = parties.party(customerId, "sale_price_list");
        JsonNode products = rpc.model("product.product.search_read", List.of(List.of("code", "in", List.copyOf(skus)), ANY_ACTIVE),
                0, null, null, List.of("code", "categories", "default_uom.symbol"));
        if (products.isEmpty()) {
            return List.of();
        }
        Long priceList = party.get("sale_price_list").isNull() ? null : party.get("sale_price_list").asLong();
        Map<Long, Set<Integer>> breaks = breakQuantities(priceList, products);
        Set<Integer> quantities = breaks.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        List<Long> ids = stream(products).map(p -> p.get("id").asLong()).toList();
        Map<Integer, Map<Long, BigDecimal>> priced = new HashMap<>();
        for (int quantity : quantities) {
            priced.put(quantity, unitPrices(party.get("id").asLong(), priceList, ids, quantity));
        }
        Instant now = clock.instant();
        Currency money = company.currency();
        return stream(products).map(p -> {
            long id = p.get("id").asLong();
            List<ContractPrice.PriceBreak> steps = new ArrayList<>();
            for (int quantity : breaks.get(id)) {
                BigDecimal unit = priced.get(quantity).get(id);
                if (steps.isEmpty() || steps.get(steps.size() - 1).unitPrice().compareTo(unit) != 0) {
                    steps.add(new ContractPrice.PriceBreak(quantity, unit));
                }
            }
            return new ContractPrice(p.get("code").asString(), money, TrytonValues.text(p, "default_uom.symbol"), steps, null,
                    null, priceList == null ? ContractPrice.PriceSource.LIST : ContractPrice.PriceSource.CONTRACT, now);
        }).toList();
    }

    /** Tryton's unit price of each product for the customer at a quantity: its price list, breaks and rules applied. */
    Map<Long, BigDecimal> unitPrices(long partyId, Long priceList, List<Long> productIds, int quantity) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("customer", partyId);
        context.put("price_list", priceList);
        context.put("quantity", quantity);
        return stream(rpc.model("product.product.read", productIds, List.of("sale_price_uom"), rpc.context(context)))
                .collect(Collectors.toMap(p -> p.get("id").asLong(),
                        p -> TrytonValues.decimal(p.get("sale_price_uom")).setScale(4, RoundingMode.HALF_UP)));
    }

    /** Per product id: 1 and the minimum quantities of the price-list lines that apply to it. */
    private Map<Long, Set<Integer>> breakQuantities(Long priceList, JsonNode products) {
        List<JsonNode> lines = priceList == null ? List.of() : stream(rpc.model("product.price_list.line.search_read",
                List.of(List.of("price_list", "=", priceList)), 0, null, null, List.of("quantity", "product", "category"))).toList();
        Map<Long, Set<Integer>> breaks = new HashMap<>();
        for (JsonNode product : products) {
            Set<Long> categories = stream(product.get("categories")).map(JsonNode::asLong).collect(Collectors.toSet());
            Set<Integer> quantities = new TreeSet<>(Set.of(1));
            for (JsonNode line : lines) {
                boolean forProduct = line.get("product").isNull() || line.get("product").asLong() == product.get("id").asLong();
                boolean forCategory = line.get("category").isNull() || categories.contains(line.get("category").asLong());
                BigDecimal minimum = TrytonValues.decimal(line.get("quantity"));
                if (forProduct && forCategory && minimum != null && minimum.compareTo(BigDecimal.ONE) > 0) {
                    quantities.add(minimum.setScale(0, RoundingMode.CEILING).intValueExact());
                }
            }
            breaks.put(product.get("id").asLong(), quantities);
        }
        return breaks;
    }

    /**
     * Stock per warehouse: on hand ({@code quantity} at the warehouse), available (the same with
     * {@code stock_assign}, i.e. less what is reserved for shipments), and supplier receipts on their way.
     */
    List<ItemStock> stock(Collection<String> skus) {
        JsonNode products = rpc.model("product.product.search_read", List.of(List.of("code", "in", List.copyOf(skus)), ANY_ACTIVE),
                0, null, null, List.of("code"));
        if (products.isEmpty()) {
            return List.of();
        }
        List<Long> ids = stream(products).map(p -> p.get("id").asLong()).toList();
        List<JsonNode> warehouses = stream(rpc.model("stock.location.search_read", List.of(List.of("type", "=", "warehouse")),
                0, null, List.of(List.of("code", "ASC")), List.of("code", "name", "storage_location"))).toList();
        Map<Long, Map<Long, Integer>> onHand = new HashMap<>();
        Map<Long, Map<Long, Integer>> available = new HashMap<>();
        for (JsonNode warehouse : warehouses) {
            long id = warehouse.get("id").asLong();
            onHand.put(id, quantities(ids, Map.of("locations", List.of(id))));
            available.put(id, quantities(ids, Map.of("locations", List.of(warehouse.get("storage_location").asLong()),
                    "stock_assign", true)));
        }
        Map<Long, Map<Long, List<JsonNode>>> receipts = stream(rpc.model("stock.move.search_read",
                List.of(List.of("product", "in", ids), List.of("from_location.type", "=", "supplier"),
                        List.of("state", "in", List.of("draft", "assigned"))), 0, null, List.of(List.of("planned_date", "ASC")),
                List.of("product", "quantity", "planned_date", "to_location.warehouse")))
                .filter(m -> !TrytonValues.path(m, "to_location.warehouse").isNull())
                .collect(Collectors.groupingBy(m -> TrytonValues.path(m, "to_location.warehouse").asLong(),
                        Collectors.groupingBy(m -> m.get("product").asLong())));
        Instant now = clock.instant();
        return stream(products).map(p -> {
            long product = p.get("id").asLong();
            List<ItemStock.WarehouseStock> perWarehouse = warehouses.stream().map(w -> {
                long id = w.get("id").asLong();
                int hand = onHand.get(id).getOrDefault(product, 0);
                int free = Math.max(0, available.get(id).getOrDefault(product, 0));
                List<JsonNode> incoming = receipts.getOrDefault(id, Map.of()).getOrDefault(product, List.of());
                LocalDate next = incoming.isEmpty() ? null : TrytonValues.date(incoming.get(0).get("planned_date"));
                int coming = incoming.stream().mapToInt(m -> m.get("quantity").asInt()).sum();
                return new ItemStock.WarehouseStock(w.get("code").asString(), w.get("name").asString(), hand,
                        Math.max(0, hand - free), 0, free, coming, next, now);
            }).toList();
            return new ItemStock(p.get("code").asString(), perWarehouse, now);
        }).toList();
    }

    private Map<Long, Integer> quantities(List<Long> productIds, Map<String, Object> context) {
        return stream(rpc.model("product.product.read", productIds, List.of("quantity"), rpc.context(context)))
                .collect(Collectors.toMap(p -> p.get("id").asLong(), p -> (int) Math.floor(p.get("quantity").asDouble())));
    }

    private long categoryId(String code) {
        try {
            return Long.parseLong(code);
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }

    private List<Item> items(JsonNode products) {
        Instant now = clock.instant();
        Currency money = company.currency();
        return stream(products).map(p -> new Item(p.get("code").asString(), p.get("name").asString(),
                p.get("categories").isEmpty() ? null : p.get("categories").get(0).asString(),
                TrytonValues.text(p, "default_uom.symbol"), amount(TrytonValues.decimal(p.get("list_price")), money),
                false, !p.get("active").asBoolean(), now)).toList();
    }
}
