package io.windowpane.erp.cache;

import java.time.Clock;
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
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Reading;

/** {@link ErpReads} through one read-through cache per data type, kept true by ERP change events. */
@Service
class CachedErpReads implements ErpReads {

    /** Prices are per customer and SKU; a price event names only the SKU. */
    record PriceKey(String customerId, String sku) {
    }

    private static final String ALL = "all";

    private final ReadThroughCache<PriceKey, ContractPrice> prices;
    private final ReadThroughCache<String, ItemStock> stock;
    private final ReadThroughCache<String, Item> items;
    private final ReadThroughCache<ItemQuery, ItemPage> searches;
    private final ReadThroughCache<String, List<Category>> categories;

    CachedErpReads(ErpGateway erp, ErpCacheProperties properties, Clock clock,
            @Qualifier("applicationTaskExecutor") Executor refresher, MeterRegistry registry) {
        CacheMetrics metrics = new CacheMetrics(registry);
        this.prices = new ReadThroughCache<>("prices", properties.policy(properties.prices()), keys -> loadPrices(erp, keys),
                ContractPrice::readAt, clock, refresher, metrics);
        this.stock = new ReadThroughCache<>("stock", properties.policy(properties.stock()),
                skus -> bySku(erp.stock(skus), ItemStock::sku), ItemStock::readAt, clock, refresher, metrics);
        this.items = new ReadThroughCache<>("items", properties.policy(properties.items()),
                skus -> bySku(erp.items(skus), Item::sku), Item::readAt, clock, refresher, metrics);
        this.searches = new ReadThroughCache<>("search", properties.policy(properties.search()),
                queries -> queries.stream().collect(Collectors.toMap(q -> q, erp::searchItems)), ItemPage::readAt,
                clock, refresher, metrics);
        this.categories = new ReadThroughCache<>("categories", properties.policy(properties.categories()),
                keys -> Map.of(ALL, erp.categories()), list -> list.isEmpty() ? clock.instant() : list.get(0).readAt(),
                clock, refresher, metrics);
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
        Map<String, Reading<ContractPrice>> bySku = new LinkedHashMap<>();
        prices.getAll(skus.stream().map(sku -> new PriceKey(customerId, sku)).toList())
                .forEach((key, reading) -> bySku.put(key.sku(), reading));
        return bySku;
    }

    @Override
    public Map<String, Reading<ItemStock>> stock(Collection<String> skus) {
        return stock.getAll(skus);
    }

    @Override
    public Reading<List<Category>> categories() {
        return categories.getAll(List.of(ALL)).get(ALL);
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
        return switch (event.type()) {
            case PRICE -> prices.refresh(key -> key.sku().equals(event.key()));
            case STOCK -> stock.refresh(event.key()::equals);
            case ITEM -> {
                searches.invalidateAll();
                yield items.refresh(event.key()::equals);
            }
            default -> 0;
        };
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
