package io.windowpane.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.windowpane.content.ProductContents;
import io.windowpane.erp.ContractPrice;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.ItemStock;
import io.windowpane.erp.Reading;
import io.windowpane.search.CatalogIndex;
import io.windowpane.web.Freshness;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.SearchText;

/**
 * Builds catalog pages from the ERP through the read-through cache: one search (the portal's index, or the ERP's
 * search until the index is ready), then the buyer's prices and the stock for the whole page, read in parallel,
 * each at most one ERP request. A page whose prices must be read reads the next page's with them, in the same
 * request, so paging on costs the ERP nothing more.
 */
@Service
class CatalogService {

    static final int PAGE_SIZE = 24;

    private final ErpReads erp;
    private final ProductContents contents;
    private final CatalogIndex index;
    private final Executor executor;
    private final Duration deadline;

    CatalogService(ErpReads erp, ProductContents contents, CatalogIndex index, @Qualifier("pageFanOut") Executor executor,
            @Value("${windowpane.erp.cache.fan-out-deadline:6s}") Duration deadline) {
        this.index = index;
        this.deadline = deadline;
        this.erp = erp;
        this.contents = contents;
        this.executor = executor;
    }

    CatalogView page(String customerId, String query, String category, CatalogSort sort, StockFilter stock,
            CatalogLayout layout, int page) {
        String q = SearchText.of(query, SearchText.CATALOG_MAX);
        String c = category == null || category.isBlank() ? null : category.strip();
        int p = Math.max(1, page);
        return new CatalogView(q, c, p, sort, stock, layout,
                ErpPanel.load(() -> results(customerId, new ItemQuery(q, c, p, PAGE_SIZE), sort, stock)),
                ErpPanel.load(() -> erp.categories().value()));
    }

    /**
     * The items of a page and how many match in all, with the age of what was read to find them, and the SKUs of
     * the next page where the index knows them (their prices are read ahead with this page's).
     */
    private record Found(List<Item> items, long total, Freshness freshness, CatalogView.SortNote note, List<String> next) {
    }

    // the portal's index when it is ready (the items then come through the cache), else the ERP's own search
    private Found find(String customerId, ItemQuery query, CatalogSort sort, StockFilter stock) {
        if (!index.ready()) {
            Reading<ItemPage> found = erp.search(query);
            return new Found(found.value().items(), found.value().total(), Freshness.of(List.of(found)),
                    sort == CatalogSort.RELEVANCE && stock.isAll() ? CatalogView.SortNote.NONE : CatalogView.SortNote.NOT_READY, List.of());
        }
        CatalogIndex.Order order = sort == CatalogSort.NAME ? CatalogIndex.Order.NAME
                : sort == CatalogSort.SKU ? CatalogIndex.Order.SKU : CatalogIndex.Order.RELEVANCE;
        CatalogView.SortNote note = CatalogView.SortNote.NONE;
        if (sort == CatalogSort.PRICE || !stock.isAll()) {
            Optional<Found> bounded = everyMatch(customerId, query, order, sort, stock);
            if (bounded.isPresent()) {
                return bounded.get();
            }
            note = sort == CatalogSort.PRICE ? CatalogView.SortNote.TOO_MANY_FOR_PRICE : CatalogView.SortNote.TOO_MANY_FOR_STOCK;
        }
        CatalogIndex.Hits hits = index.search(query.text(), query.category(), order, query.page(), query.size()).orElseThrow();
        List<String> next = hits.total() <= (long) query.page() * query.size() ? List.of()
                : index.search(query.text(), query.category(), order, query.page() + 1, query.size()).orElseThrow().skus();
        return found(hits.skus(), hits.total(), note, next);
    }

    /**
     * What the index cannot do alone, done on every match when there are few enough ({@link CatalogSort#PRICE_SORT_LIMIT}):
     * narrowed to what is in stock (stock read through the cache) and sorted by the buyer's price for one unit
     * (prices through the cache, unknown prices last, ties in the index's order), 200 SKUs per ERP request.
     */
    private Optional<Found> everyMatch(String customerId, ItemQuery query, CatalogIndex.Order order, CatalogSort sort,
            StockFilter stock) {
        CatalogIndex.Hits all = index.search(query.text(), query.category(), order, 1, CatalogSort.PRICE_SORT_LIMIT).orElseThrow();
        if (all.total() > CatalogSort.PRICE_SORT_LIMIT) {
            return Optional.empty();
        }
        List<String> skus = all.skus();
        if (!stock.isAll() && !skus.isEmpty()) {
            Map<String, Reading<ItemStock>> levels = erp.stock(skus);
            skus = skus.stream().filter(sku -> stock.matches(levels.get(sku) == null ? null : levels.get(sku).value())).toList();
        }
        if (sort == CatalogSort.PRICE && !skus.isEmpty()) {
            Map<String, Reading<ContractPrice>> prices = erp.prices(customerId, skus);
            skus = skus.stream().sorted(Comparator.comparing((String sku) -> unitPrice(prices.get(sku)),
                    Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        }
        return Optional.of(found(pageOf(skus, query.page(), query.size()), skus.size(), CatalogView.SortNote.NONE,
                pageOf(skus, query.page() + 1, query.size())));
    }

    private static List<String> pageOf(List<String> skus, int page, int size) {
        return skus.subList(Math.min(skus.size(), (page - 1) * size), Math.min(skus.size(), page * size));
    }

    private static BigDecimal unitPrice(Reading<ContractPrice> price) {
        return price == null ? null : price.value().unitPriceFor(1).amount();
    }

    // the items the index found, in its order, through the cache (one ERP request at most)
    private Found found(List<String> skus, long total, CatalogView.SortNote note, List<String> next) {
        Map<String, Reading<Item>> items = skus.isEmpty() ? Map.of() : erp.items(skus);
        return new Found(skus.stream().map(items::get).filter(Objects::nonNull).map(Reading::value).toList(), total,
                Freshness.of(items.values()), note, next);
    }

    /** Up to eight items for what is being typed in the search box (none until the index is ready). */
    List<CatalogIndex.Suggestion> suggestions(String typed) {
        return index.suggest(SearchText.of(typed, SearchText.CATALOG_MAX), 8);
    }

    private CatalogView.Results results(String customerId, ItemQuery query, CatalogSort sort, StockFilter filter) {
        Found found = find(customerId, query, sort, filter);
        List<String> skus = found.items().stream().map(Item::sku).toList();
        CompletableFuture<Map<String, Reading<ContractPrice>>> prices = inParallel(() -> erp.prices(customerId, skus, found.next()));
        CompletableFuture<Map<String, Reading<ItemStock>>> stock = inParallel(() -> erp.stock(skus));
        Map<String, ProductContents.Summary> content = contents.summaries(skus);
        Map<String, Reading<ContractPrice>> priceReadings = joinOrNull(prices);
        Map<String, Reading<ItemStock>> stockReadings = joinOrNull(stock);
        List<CatalogRow> rows = found.items().stream().map(item -> new CatalogRow(item,
                valueOf(priceReadings, item.sku()), valueOf(stockReadings, item.sku()), content.get(item.sku()))).toList();
        return new CatalogView.Results(rows, found.total(), query.page(), PAGE_SIZE, found.freshness(),
                priceReadings == null ? null : Freshness.of(priceReadings.values()),
                stockReadings == null ? null : Freshness.of(stockReadings.values()),
                priceReadings == null, stockReadings == null, found.note(),
                found.total() == 0 && filter.isAll() ? index.didYouMean(query.text()).orElse(null) : null,
                warehouses(stockReadings));
    }

    // the warehouses the page's stock names, for the availability filter
    private static List<StockFilter.Warehouse> warehouses(Map<String, Reading<ItemStock>> stock) {
        if (stock == null) {
            return List.of();
        }
        Map<String, String> names = new java.util.TreeMap<>();
        stock.values().forEach(reading -> reading.value().warehouses().forEach(w -> names.putIfAbsent(w.warehouse(), w.warehouseName())));
        return names.entrySet().stream().map(w -> new StockFilter.Warehouse(w.getKey(), w.getValue())).toList();
    }

    private <T> CompletableFuture<T> inParallel(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, executor);
    }

    // A data type the ERP could not deliver by the page's deadline leaves its column empty and says so; the
    // rest of the page stays.
    private <T> T joinOrNull(CompletableFuture<T> future) {
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ErpUnavailableException) {
                return null;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static <T> T valueOf(Map<String, Reading<T>> readings, String sku) {
        Reading<T> reading = readings == null ? null : readings.get(sku);
        return reading == null ? null : reading.value();
    }
}
