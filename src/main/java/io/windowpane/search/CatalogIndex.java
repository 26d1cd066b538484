package io.windowpane.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The portal's catalog search index (Lucene): a derived cache of what search needs from the ERP's items (SKU,
 * name, category, discontinued) and the portal's marketing text, never prices or stock. It answers SKUs in
 * order; the catalog reads the items, prices and stock through the read-through cache. Until the first build is
 * complete it answers nothing and the catalog searches through the ERP.
 */
@Component
@EnableConfigurationProperties(SearchProperties.class)
public class CatalogIndex implements DisposableBean {

    /** A page of matching SKUs, best first, and how many match in all. */
    public record Hits(List<String> skus, long total) {
    }

    /** A suggestion while typing: an item's SKU and name. */
    public record Suggestion(String sku, String name) {
    }

    /** The orders the index can list in (the buyer's price is not in it: the catalog sorts by price itself). */
    public enum Order {
        RELEVANCE, NAME, SKU
    }

    static final String SKU = "sku";
    static final String SKU_KEY = "sku_key";
    static final String NAME = "name";
    static final String TEXT = "text";
    static final String CATEGORY = "category";
    static final String DISCONTINUED = "discontinued";
    static final String POSITION = "position";
    static final String NAME_ORDER = "name_order";
    static final String SKU_ORDER = "sku_order";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchQueries queries;
    private final Cache<SearchKey, Hits> recentHits;
    private volatile long hitsVersion = -1;
    private volatile boolean ready;

    CatalogIndex(SearchProperties properties, SearchQueries queries) throws IOException {
        this.queries = queries;
        this.directory = properties.directory() == null ? new ByteBuffersDirectory() : FSDirectory.open(properties.directory());
        Analyzer analyzer = CatalogAnalyzer.forIndex();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(properties.writeBufferMb());
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.recentHits = Caffeine.newBuilder().maximumSize(properties.recentSearches()).build();
    }

    /** Whether the first build is complete: until then searches go to the ERP. */
    public boolean ready() {
        return ready;
    }

    /**
     * The SKUs matching what the buyer typed (blank: every item, in the ERP's order), in a category if one is
     * given, best first; empty while the index is not ready.
     */
    public Optional<Hits> search(String text, String category, int page, int size) {
        return search(text, category, Order.RELEVANCE, page, size);
    }

    /** As {@link #search(String, String, int, int)}, in the given order (ties in the ERP's order). */
    public Optional<Hits> search(String text, String category, Order order, int page, int size) {
        if (!ready) {
            return Optional.empty();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // the same search on the same index version has the same answer: building a query's automata (prefix
                // and fuzzy words) costs more than the rest of a catalog page
                long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
                if (version != hitsVersion) {
                    recentHits.invalidateAll();
                    hitsVersion = version;
                }
                return Optional.of(recentHits.get(new SearchKey(version, text, category, order, Math.max(1, page), size),
                        key -> find(searcher, key)));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record SearchKey(long version, String text, String category, Order order, int page, int size) {
    }

    private Hits find(IndexSearcher searcher, SearchKey key) {
        Query query = queries.forText(key.text());
        if (key.category() != null) {
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(CATEGORY, key.category())), BooleanClause.Occur.FILTER).build();
        }
        Sort sort = sort(key.order(), key.text() == null || key.text().isBlank());
        try {
            int wanted = key.page() * key.size();
            // one pass that also counts every hit exactly (the default stops counting at 1,000)
            TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, true));
            List<String> skus = new ArrayList<>(key.size());
            ScoreDoc[] docs = top.scoreDocs;
            StoredFields stored = searcher.storedFields();
            for (int i = (key.page() - 1) * key.size(); i < docs.length; i++) {
                skus.add(stored.document(docs[i].doc).get(SKU));
            }
            return new Hits(List.copyOf(skus), top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items for what is being typed, the last word taken as the start of a word or SKU; empty while not ready. */
    public List<Suggestion> suggest(String text, int limit) {
        if (!ready || text == null || text.isBlank()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Suggestion> suggestions = new ArrayList<>(limit);
                for (ScoreDoc hit : searcher.search(queries.forTyping(text), limit).scoreDocs) {
                    Document document = searcher.storedFields().document(hit.doc);
                    suggestions.add(new Suggestion(document.get(SKU), document.get(NAME)));
                }
                return suggestions;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A corrected search when nothing matches: each word the index does not know replaced by the closest word it
     * does (a typo, or a word misspelt beyond what the search forgives), if the corrected search finds something.
     */
    public Optional<String> didYouMean(String text) {
        if (!ready || text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Optional<String> corrected = queries.corrected(text, searcher.getIndexReader());
                return corrected.filter(better -> {
                    try {
                        return searcher.count(queries.forText(better)) > 0;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sort sort(Order order, boolean noWords) {
        SortField erpOrder = new SortField(POSITION, SortField.Type.LONG);
        return switch (order) {
            case NAME -> new Sort(new SortField(NAME_ORDER, SortField.Type.STRING), erpOrder);
            case SKU -> new Sort(new SortField(SKU_ORDER, SortField.Type.STRING));
            case RELEVANCE -> noWords ? new Sort(erpOrder) : new Sort(SortField.FIELD_SCORE, erpOrder);
        };
    }

    /** The place in the ERP's listing the index gave an item, if it holds it. */
    OptionalLong positionOf(String sku) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs found = searcher.search(new TermQuery(new Term(SKU, sku)), 1);
                if (found.scoreDocs.length == 0) {
                    return OptionalLong.empty();
                }
                return OptionalLong.of(searcher.storedFields().document(found.scoreDocs[0].doc)
                        .getField(POSITION).numericValue().longValue());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces these items (by SKU) and makes them searchable. */
    void put(Collection<IndexedItem> items) {
        write(items);
        refresh();
    }

    /** Adds or replaces these items while building: searchable once the build is {@link #markReady() ready}. */
    void write(Collection<IndexedItem> items) {
        try {
            for (IndexedItem item : items) {
                writer.updateDocument(new Term(SKU, item.sku()), document(item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes an item the ERP no longer has out of the index. */
    void remove(String sku) {
        try {
            writer.deleteDocuments(new Term(SKU, sku));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every item is in: searches use the index from now on. */
    void markReady() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
        ready = true;
    }

    /** How many items the index holds. */
    int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's size in bytes (in memory or on disk). */
    long bytes() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(IndexedItem item) {
        Document document = new Document();
        document.add(new StringField(SKU, item.sku(), Field.Store.YES));
        document.add(new StringField(SKU_KEY, CatalogAnalyzer.skuKey(item.sku()), Field.Store.NO));
        document.add(new TextField(NAME, item.name(), Field.Store.YES));
        document.add(new TextField(TEXT, item.searchableText(), Field.Store.NO));
        if (item.category() != null) {
            document.add(new StringField(CATEGORY, item.category(), Field.Store.NO));
        }
        document.add(new StringField(DISCONTINUED, Boolean.toString(item.discontinued()), Field.Store.YES));
        document.add(new NumericDocValuesField(POSITION, item.position()));
        document.add(new StoredField(POSITION, item.position()));
        document.add(new SortedDocValuesField(NAME_ORDER, new BytesRef(item.name().toLowerCase(Locale.ROOT))));
        document.add(new SortedDocValuesField(SKU_ORDER, new BytesRef(item.sku())));
        return document;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
