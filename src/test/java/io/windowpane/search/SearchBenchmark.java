package io.windowpane.search;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

import io.windowpane.erpsim.SimulatorProperties;
import io.windowpane.erpsim.dataset.ErpLedger;
import io.windowpane.erpsim.dataset.SimCategory;
import io.windowpane.erpsim.dataset.SimItem;

/**
 * Query latency of the catalog index over the simulator's catalog (LARGE: 250,000 items): builds the index in
 * this JVM the way the portal does (batches of 200), then runs a mix of what buyers type, catalog-page sized,
 * and prints p50/p95/p99. Run through {@code src/test/benchmark/search-benchmark.sh}, which also reports the
 * portal's own build time and index size from a real start.
 */
public final class SearchBenchmark {

    private static final List<String> QUERIES = List.of("bolts", "hex bolts", "fas10004", "M12x60", "m12 x 60",
            "1/4-20", "nitrile gloves", "sokcet", "galvanised screw", "ppe", "teflon tape", "fas1000",
            "cordless drill 18v", "stainless 316 washer", "hand truck", "pallet jack heavy duty", "", "TLS 12345",
            "circuit breaker 20a", "sanding disc 120 grit", "zinc plated carriage bolt 3/8-16", "hi-vis vest");
    private static final int BATCH = 200;
    private static final int PAGE_SIZE = 24;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        SimulatorProperties.DatasetSize size = SimulatorProperties.DatasetSize.valueOf(args.length > 0 ? args[0] : "LARGE");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        ErpLedger ledger = new ErpLedger(new SimulatorProperties.Dataset(size, 20261101L, null), Clock.systemUTC());
        List<SimItem> items = ledger.catalog().all();
        Map<String, String> categories = ledger.catalog().categories().stream()
                .collect(Collectors.toMap(SimCategory::code, SimCategory::name));

        SearchProperties properties = new SearchProperties(true, null, new ClassPathResource("search/synonyms.txt"), BATCH, 32, 0);
        try (Closing index = new Closing(new CatalogIndex(properties, new SearchQueries(properties)))) {
            long started = System.nanoTime();
            for (int from = 0; from < items.size(); from += BATCH) {
                List<IndexedItem> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(items.size(), from + BATCH); i++) {
                    SimItem item = items.get(i);
                    batch.add(new IndexedItem(item.sku(), item.name(), item.category(), categories.get(item.category()),
                            item.discontinued(), null, i));
                }
                index.value().write(batch);
            }
            index.value().markReady();
            long buildMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("index: %,d items built in %,d ms (in this JVM, without ERP reads), %,d KB%n",
                    index.value().size(), buildMillis, index.value().bytes() / 1024);

            run(index.value(), rounds / 4); // warm-up
            long[] nanos = run(index.value(), rounds);
            Arrays.sort(nanos);
            System.out.printf("queries: %,d (%d kinds, half of them within a category), page of %d%n", rounds,
                    QUERIES.size(), PAGE_SIZE);
            System.out.printf("RESULT p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", millis(nanos, 0.50),
                    millis(nanos, 0.95), millis(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        }
    }

    private static long[] run(CatalogIndex index, int rounds) {
        long[] nanos = new long[rounds];
        long found = 0;
        for (int i = 0; i < rounds; i++) {
            String query = QUERIES.get(i % QUERIES.size());
            String category = (i / QUERIES.size()) % 2 == 0 ? null : "FAS";
            long start = System.nanoTime();
            found += index.search(query, category, 1 + i % 3, PAGE_SIZE).orElseThrow().total();
            nanos[i] = System.nanoTime() - start;
        }
        if (found < 0) {
            throw new IllegalStateException(); // keeps the results in use
        }
        return nanos;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private record Closing(CatalogIndex value) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            value.destroy();
        }
    }
}
