package io.windowpane.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.windowpane.content.ProductContents;
import io.windowpane.erp.Category;
import io.windowpane.erp.ChangeEvent;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemPage;
import io.windowpane.erp.ItemQuery;

/**
 * Fills the {@link CatalogIndex} from the ERP and keeps it current. At start, in the background, it reads the
 * whole catalog in batches (one request per {@code batch-size} items) with the portal's marketing text; if the
 * ERP fails it starts over a little later. Afterwards an item's change event, or a change to its marketing
 * content, re-reads that item and replaces it in the index; an item the ERP no longer has leaves it. An item
 * that could not be re-read (the ERP down) is tried again every half minute.
 */
@Component
class CatalogIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndexer.class);
    private static final long RETRY_MILLIS = 5_000;

    private final ErpGateway erp;
    private final ErpReads reads;
    private final ProductContents contents;
    private final CatalogIndex index;
    private final SearchProperties properties;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextPosition = new AtomicLong();
    private final Object readiness = new Object();
    private volatile Thread builder;

    CatalogIndexer(ErpGateway erp, ErpReads reads, ProductContents contents, CatalogIndex index,
            SearchProperties properties) {
        this.erp = erp;
        this.reads = reads;
        this.contents = contents;
        this.index = index;
        this.properties = properties;
    }

    /** Starts the build in the background as the portal starts; pages search through the ERP meanwhile. */
    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("Search index disabled (windowpane.search.enabled=false): the catalog searches through the ERP");
            return;
        }
        Thread thread = new Thread(this::build, "search-index");
        thread.setDaemon(true);
        builder = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = builder;
        if (thread != null) {
            thread.interrupt();
        }
        builder = null;
    }

    @Override
    public boolean isRunning() {
        return builder != null;
    }

    @EventListener
    void itemChanged(ChangeEvent event) {
        if (event.type() == ChangeEvent.Type.ITEM && event.key() != null) {
            changed(event.key());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void contentChanged(ProductContents.Changed change) {
        changed(change.sku());
    }

    /** Items that could not be re-read when they changed (or changed while the index was being built). */
    @Scheduled(initialDelay = 30_000, fixedDelay = 30_000)
    void retryWaiting() {
        if (index.ready() && !waiting.isEmpty()) {
            Set<String> skus = new HashSet<>(waiting);
            waiting.removeAll(skus);
            reindex(skus);
        }
    }

    private void changed(String sku) {
        synchronized (readiness) {
            if (!index.ready()) {
                waiting.add(sku);
                return;
            }
        }
        reindex(List.of(sku));
    }

    private void build() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                buildOnce();
                return;
            } catch (ErpException e) {
                log.warn("Search index not built yet, the ERP failed ({}); trying again in {} s", e.getMessage(),
                        RETRY_MILLIS / 1000);
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } catch (AlreadyClosedException e) {
                return; // the portal is shutting down
            } catch (RuntimeException e) {
                // the build must not die silently: the catalog would search through the ERP for good
                log.error("Search index build failed; trying again in {} s", RETRY_MILLIS / 1000, e);
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void buildOnce() {
        long started = System.nanoTime();
        Map<String, String> categoryNames = categoryNames();
        long position = 0;
        for (int page = 1; ; page++) {
            ItemPage batch = erp.searchItems(new ItemQuery(null, null, page, properties.batchSize()));
            Map<String, String> texts = contents.searchableTexts(batch.items().stream().map(Item::sku).toList());
            List<IndexedItem> indexed = new ArrayList<>(batch.items().size());
            for (Item item : batch.items()) {
                indexed.add(indexed(item, categoryNames, texts, position++));
            }
            index.write(indexed);
            if (batch.items().size() < properties.batchSize() || (long) page * properties.batchSize() >= batch.total()) {
                break;
            }
        }
        nextPosition.set(position);
        Set<String> changedMeanwhile;
        synchronized (readiness) {
            index.markReady();
            changedMeanwhile = new HashSet<>(waiting);
            waiting.removeAll(changedMeanwhile);
        }
        log.info("Search index built: {} items in {} ms, {} KB", index.size(), (System.nanoTime() - started) / 1_000_000,
                index.bytes() / 1024);
        if (!changedMeanwhile.isEmpty()) {
            reindex(changedMeanwhile);
        }
    }

    private void reindex(Collection<String> skus) {
        try {
            Map<String, Item> items = erp.items(skus).stream().collect(Collectors.toMap(Item::sku, Function.identity()));
            Map<String, String> categoryNames = categoryNames();
            Map<String, String> texts = contents.searchableTexts(items.keySet());
            for (String sku : skus) {
                Item item = items.get(sku);
                if (item == null) {
                    index.remove(sku);
                } else {
                    long position = index.positionOf(sku).orElseGet(nextPosition::getAndIncrement);
                    index.put(List.of(indexed(item, categoryNames, texts, position)));
                }
            }
        } catch (ErpException e) {
            log.warn("Search index: {} not re-read ({}); trying again shortly", skus, e.getMessage());
            waiting.addAll(skus);
        }
    }

    // reference data, through the cache
    private Map<String, String> categoryNames() {
        return reads.categories().value().stream().collect(Collectors.toMap(Category::code, Category::name, (a, b) -> a));
    }

    private static IndexedItem indexed(Item item, Map<String, String> categoryNames, Map<String, String> texts,
            long position) {
        return new IndexedItem(item.sku(), item.name(), item.category(), categoryNames.get(item.category()),
                item.discontinued(), texts.get(item.sku()), position);
    }
}
