package io.windowpane.erp.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.windowpane.erp.Category;
import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.CreditAccount;
import io.windowpane.erp.Customer;
import io.windowpane.erp.CustomerSummary;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.ErpNotFoundException;
import io.windowpane.erp.OrderActivity;
import io.windowpane.erp.OrderFile;
import io.windowpane.erp.OrderPage;
import io.windowpane.erp.OrderQuery;
import io.windowpane.erp.Reading;
import io.windowpane.erp.SalesRep;

/** {@link ErpReads} through one read-through cache per data type, kept true by ERP change events. */
@Service
class CachedErpReads implements ErpReads {

    /** Prices are per customer and SKU; a price event names only the SKU. */
    record PriceKey(String customerId, String sku) {
    }

    private static final String ALL = "all";
    /** How many of a customer's latest orders are looked at for its open orders (the contract's largest page). */
    private static final int RECENT_ORDERS = 200;

    private final ReadThroughCache<PriceKey, ContractPrice> prices;
    private final ReadThroughCache<String, ItemStock> stock;
    private final ReadThroughCache<String, Item> items;
    private final ReadThroughCache<ItemQuery, ItemPage> searches;
    private final ReadThroughCache<String, List<Category>> categories;
    private final ReadThroughCache<String, CreditAccount> credit;
    private final ReadThroughCache<String, List<CustomerSummary>> customersOfSalesRep;
    private final ReadThroughCache<String, Customer> customers;
    private final ReadThroughCache<String, SalesRep> salesReps;
    private final ReadThroughCache<String, OrderActivity> orderActivity;
    private final CachedOrders orders;

    CachedErpReads(ErpGateway erp, ErpCacheProperties properties, Clock clock,
            @Qualifier("erpRefresh") Executor refresher, @Qualifier("pageFanOut") Executor fanOut, MeterRegistry registry,
            CacheSharing sharing, FeedConfirmation feed) {
        CacheMetrics metrics = new CacheMetrics(registry);
        this.prices = new ReadThroughCache<>("prices", properties.bySku(properties.prices()), keys -> loadPrices(erp, keys),
                ContractPrice::readAt, PriceKey::sku, clock, refresher, metrics).refreshingTogether(PriceKey::customerId)
                .confirmedBy(feed.of(ChangeEvent.Type.PRICE, ChangeEvent.Type.ITEM));
        this.stock = new ReadThroughCache<>("stock", properties.bySku(properties.stock()),
                skus -> bySku(erp.stock(skus), ItemStock::sku), ItemStock::readAt, Function.identity(), clock, refresher, metrics)
                .refreshingOldestTogether().confirmedBy(feed.of(ChangeEvent.Type.STOCK, ChangeEvent.Type.ITEM));
        this.items = new ReadThroughCache<>("items", properties.bySku(properties.items()),
                skus -> bySku(erp.items(skus), Item::sku), Item::readAt, Function.identity(), clock, refresher, metrics)
                .refreshingOldestTogether().confirmedBy(feed.of(ChangeEvent.Type.ITEM));
        this.searches = new ReadThroughCache<ItemQuery, ItemPage>("search", properties.policy(properties.search()),
                queries -> queries.stream().collect(Collectors.toMap(q -> q, erp::searchItems)), ItemPage::readAt,
                query -> ALL, clock, refresher, metrics).confirmedBy(feed.of(ChangeEvent.Type.ITEM));
        this.categories = new ReadThroughCache<>("categories", properties.policy(properties.categories()),
                keys -> Map.of(ALL, erp.categories()), list -> list.isEmpty() ? clock.instant() : list.get(0).readAt(),
                key -> ALL, clock, refresher, metrics);
        this.credit = new ReadThroughCache<>("credit", properties.policy(properties.credit()),
                ids -> ParallelReads.inParallel(ids, erp::credit, fanOut, properties.fanOutDeadline().toMillis()), CreditAccount::readAt,
                Function.identity(), clock, refresher, metrics)
                .confirmedBy(feed.of(ChangeEvent.Type.CREDIT, ChangeEvent.Type.CUSTOMER));
        this.customersOfSalesRep = new ReadThroughCache<String, List<CustomerSummary>>("sales-rep-customers",
                properties.policy(properties.salesRepCustomers()),
                codes -> codes.stream().collect(Collectors.toMap(code -> code, erp::customersOfSalesRep)),
                list -> list.isEmpty() ? clock.instant() : list.get(0).readAt(), code -> ALL, clock, refresher, metrics)
                .confirmedBy(feed.of(ChangeEvent.Type.CUSTOMER));
        this.customers = new ReadThroughCache<>("customers", properties.policy(properties.customers()),
                ids -> ParallelReads.inParallel(ids, erp::customer, fanOut, properties.fanOutDeadline().toMillis()), Customer::readAt,
                Function.identity(), clock, refresher, metrics).confirmedBy(feed.of(ChangeEvent.Type.CUSTOMER));
        this.salesReps = new ReadThroughCache<>("sales-reps", properties.policy(properties.salesReps()),
                codes -> ParallelReads.inParallel(codes, erp::salesRep, fanOut, properties.fanOutDeadline().toMillis()),
                SalesRep::readAt, Function.identity(), clock, refresher, metrics);
        this.orderActivity = new ReadThroughCache<>("order-activity", properties.policy(properties.orderActivity()),
                ids -> ParallelReads.inParallel(ids, id -> activityOf(erp, id), fanOut, properties.fanOutDeadline().toMillis()),
                OrderActivity::readAt, Function.identity(), clock, refresher, metrics);
        // what every instance behind a balancer would otherwise read once more (pages and lists stay per instance)
        sharing.share("prices", prices, PriceKey.class, ContractPrice.class);
        sharing.share("stock", stock, String.class, ItemStock.class);
        sharing.share("items", items, String.class, Item.class);
        sharing.share("credit", credit, String.class, CreditAccount.class);
        sharing.share("customers", customers, String.class, Customer.class);
        sharing.share("order-activity", orderActivity, String.class, OrderActivity.class);
        this.orders = new CachedOrders(erp, properties.policy(properties.orders()), properties.policy(properties.orderFiles()),
                clock, refresher, fanOut, properties.fanOutDeadline(), metrics, feed);
    }

    @Override
    public Reading<ItemPage> search(ItemQuery query) {
        return searches.getAll(List.of(query)).get(query);
    }

    @Override
    public Map<String, Reading<Item>> items(Collection<String> skus) {
        return items.getAll(skus);
    }

    @Override
    public Map<String, Reading<ContractPrice>> prices(String customerId, Collection<String> skus) {
        return prices(customerId, skus, List.of());
    }

    @Override
    public Map<String, Reading<ContractPrice>> prices(String customerId, Collection<String> skus, Collection<String> readAhead) {
        Map<String, Reading<ContractPrice>> bySku = new LinkedHashMap<>();
        prices.getAll(keys(customerId, skus), keys(customerId, readAhead)).forEach((key, reading) -> bySku.put(key.sku(), reading));
        return bySku;
    }

    private static List<PriceKey> keys(String customerId, Collection<String> skus) {
        return skus.stream().map(sku -> new PriceKey(customerId, sku)).toList();
    }

    @Override
    public Map<String, Reading<ItemStock>> stock(Collection<String> skus) {
        return stock.getAll(skus);
    }

    @Override
    public Reading<List<Category>> categories() {
        return categories.getAll(List.of(ALL)).get(ALL);
    }

    @Override
    public Map<String, Reading<CreditAccount>> credit(Collection<String> customerIds) {
        return credit.getAll(customerIds);
    }

    @Override
    public Reading<List<CustomerSummary>> customersOfSalesRep(String salesRepCode) {
        return customersOfSalesRep.getAll(List.of(salesRepCode)).get(salesRepCode);
    }

    @Override
    public Reading<Customer> customer(String customerId) {
        return single(customers, customerId, "customer");
    }

    @Override
    public Reading<SalesRep> salesRep(String code) {
        return single(salesReps, code, "sales rep");
    }

    @Override
    public Map<String, Reading<OrderActivity>> orderActivity(Collection<String> customerIds) {
        return orderActivity.getAll(customerIds);
    }

    @Override
    public Reading<OrderPage> orders(OrderQuery query) {
        return orders.page(query);
    }

    @Override
    public Reading<OrderFile> order(String orderNumber) {
        return orders.file(orderNumber);
    }

    // one key of a cache loaded by single reads: a key the ERP does not know is not found
    private static <V> Reading<V> single(ReadThroughCache<String, V> cache, String key, String kind) {
        Reading<V> reading = cache.getAll(List.of(key)).get(key);
        if (reading == null) {
            throw new ErpNotFoundException(kind + " " + key);
        }
        return reading;
    }

    /** Categories are small reference data every catalog page needs: read them once the portal is up. */
    @EventListener(ApplicationReadyEvent.class)
    void warmReferenceData() {
        try {
            categories();
        } catch (ErpException e) {
            // the first catalog page will try again
        }
    }

    /** Re-reads what an ERP change event concerns; answers how many cached entries that touched. */
    int apply(ChangeEvent event) {
        return orders.apply(event) + switch (event.type()) {
            case PRICE -> prices.refresh(event.key());
            case STOCK -> stock.refresh(event.key());
            case ITEM -> {
                searches.invalidateAll();
                yield items.refresh(event.key()) + prices.refresh(event.key()) + stock.refresh(event.key());
            }
            case CREDIT -> credit.refresh(event.key());
            case CUSTOMER -> {
                // an assignment change names the customer, not the reps it moved between
                customersOfSalesRep.invalidateAll();
                yield credit.refresh(event.key()) + customers.refresh(event.key());
            }
            default -> 0;
        };
    }

    // the most recent orders tell how many are open and when the last was placed, in one request
    private static OrderActivity activityOf(ErpGateway erp, String customerId) {
        OrderPage recent = erp.orders(new OrderQuery(customerId, null, null, null, null, 1, RECENT_ORDERS));
        int open = (int) recent.orders().stream().filter(order -> order.status().isOpen()).count();
        boolean moreOpen = recent.total() > recent.orders().size() && !recent.orders().isEmpty()
                && recent.orders().get(recent.orders().size() - 1).status().isOpen();
        return new OrderActivity(customerId, open, moreOpen,
                recent.orders().isEmpty() ? null : recent.orders().get(0).orderDate(), recent.readAt());
    }

    private static Map<PriceKey, ContractPrice> loadPrices(ErpGateway erp, Set<PriceKey> keys) {
        Map<PriceKey, ContractPrice> loaded = new LinkedHashMap<>();
        keys.stream().collect(Collectors.groupingBy(PriceKey::customerId, LinkedHashMap::new,
                Collectors.mapping(PriceKey::sku, Collectors.toList())))
            .forEach((customerId, skus) -> erp.prices(customerId, skus)
                .forEach(price -> loaded.put(new PriceKey(customerId, price.sku()), price)));
        return loaded;
    }

    private static <V> Map<String, V> bySku(List<V> values, Function<V, String> sku) {
        Map<String, V> map = new LinkedHashMap<>();
        values.forEach(value -> map.put(sku.apply(value), value));
        return map;
    }
}
