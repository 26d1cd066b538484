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
 * each at most one ERP request.
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

    CatalogView page(String customerId, String query, String category, CatalogSort sort, CatalogLayout layout, int page) {
        String q = SearchText.of(query, SearchText.CATALOG_MAX);
        String c = category == null || category.isBlank() ? null : category.strip();
        int p = Math.max(1, page);
        return new CatalogView(q, c, p, sort, layout,
                ErpPanel.load(() -> results(customerId, new ItemQuery(q, c, p, PAGE_SIZE), sort)),
                ErpPanel.load(() -> erp.categories().value()));
    }

    /** The items of a page and how many match in all, with the age of what was read to find them. */
    private record Found(List<Item> items, long total, Freshness freshness, CatalogView.SortNote note) {
    }

    // the portal's index when it is ready (the items then come through the cache), else the ERP's own search
    private Found find(String customerId, ItemQuery query, CatalogSort sort) {
        if (!index.ready()) {
            Reading<ItemPage> found = erp.search(query);
            return new Found(found.value().items(), found.value().total(), Freshness.of(List.of(found)),
                    sort == CatalogSort.RELEVANCE ? CatalogView.SortNote.NONE : CatalogView.SortNote.NOT_READY);
        }
        if (sort == CatalogSort.PRICE) {
            Optional<Found> byPrice = byPrice(customerId, query);
            if (byPrice.isPresent()) {
                return byPrice.get();
            }
        }
        CatalogIndex.Order order = sort == CatalogSort.NAME ? CatalogIndex.Order.NAME
                : sort == CatalogSort.SKU ? CatalogIndex.Order.SKU : CatalogIndex.Order.RELEVANCE;
        CatalogIndex.Hits hits = index.search(query.text(), query.category(), order, query.page(), query.size()).orElseThrow();
        return found(hits.skus(), hits.total(),
                sort == CatalogSort.PRICE ? CatalogView.SortNote.TOO_MANY_FOR_PRICE : CatalogView.SortNote.NONE);
    }

    /**
     * Every match sorted by the buyer's price for one unit (unknown prices last, ties by relevance), when there
     * are few enough to read all their prices (through the cache, 200 per ERP request).
     */
    private Optional<Found> byPrice(String customerId, ItemQuery query) {
        CatalogIndex.Hits all = index.search(query.text(), query.category(), CatalogIndex.Order.RELEVANCE, 1,
                CatalogSort.PRICE_SORT_LIMIT).orElseThrow();
        if (all.total() > CatalogSort.PRICE_SORT_LIMIT) {
            return Optional.empty();
        }
        Map<String, Reading<ContractPrice>> prices = all.skus().isEmpty() ? Map.of() : erp.prices(customerId, all.skus());
        List<String> sorted = all.skus().stream().sorted(Comparator.comparing((String sku) -> unitPrice(prices.get(sku)),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<String> page = sorted.subList(Math.min(sorted.size(), (query.page() - 1) * query.size()),
                Math.min(sorted.size(), query.page() * query.size()));
        return Optional.of(found(page, all.total(), CatalogView.SortNote.NONE));
    }

    private static BigDecimal unitPrice(Reading<ContractPrice> price) {
        return price == null ? null : price.value().unitPriceFor(1).amount();
    }

    // the items the index found, in its order, through the cache (one ERP request at most)
    private Found found(List<String> skus, long total, CatalogView.SortNote note) {
        Map<String, Reading<Item>> items = skus.isEmpty() ? Map.of() : erp.items(skus);
        return new Found(skus.stream().map(items::get).filter(Objects::nonNull).map(Reading::value).toList(), total,
                Freshness.of(items.values()), note);
    }

    /** Up to eight items for what is being typed in the search box (none until the index is ready). */
    List<CatalogIndex.Suggestion> suggestions(String typed) {
        return index.suggest(SearchText.of(typed, SearchText.CATALOG_MAX), 8);
    }

    private CatalogView.Results results(String customerId, ItemQuery query, CatalogSort sort) {
        Found found = find(customerId, query, sort);
        List<String> skus = found.items().stream().map(Item::sku).toList();
        CompletableFuture<Map<String, Reading<ContractPrice>>> prices = inParallel(() -> erp.prices(customerId, skus));
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
                found.total() == 0 ? index.didYouMean(query.text()).orElse(null) : null);
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
