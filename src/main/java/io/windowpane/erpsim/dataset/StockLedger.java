package io.windowpane.erpsim.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stock per item and warehouse. Levels derive from the seed until something changes them (an order commits
 * quantities, a shipment takes them out, an ERP user counts stock); changed rows are kept here.
 * Mutations run under the simulator's ledger lock (see {@link ErpLedger}).
 */
public final class StockLedger {

    public record Warehouse(String code, String name) {
    }

    public static final List<Warehouse> WAREHOUSES = List.of(new Warehouse("CHI", "Chicago DC"),
            new Warehouse("DAL", "Dallas DC"), new Warehouse("NWK", "Newark DC"));

    private final Seeds seeds;
    private final LocalDate anchor;
    private final Instant baseTime;
    private final Map<String, SimStock> changed = new ConcurrentHashMap<>();

    StockLedger(Seeds seeds, LocalDate anchor) {
        this.seeds = seeds;
        this.anchor = anchor;
        this.baseTime = anchor.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public List<SimStock> stockOf(String sku) {
        return WAREHOUSES.stream().map(warehouse -> row(sku, warehouse)).toList();
    }

    public int totalAvailable(String sku) {
        return stockOf(sku).stream().mapToInt(SimStock::available).sum();
    }

    public SimStock setOnHand(String sku, Warehouse warehouse, int onHand, Instant at) {
        SimStock row = row(sku, warehouse);
        return put(row.with(onHand, row.committed(), at));
    }

    /** Commits an order quantity, taking it from the warehouses with the most available first. */
    void commit(String sku, int qty, Instant at) {
        int remaining = qty;
        List<SimStock> rows = new ArrayList<>(stockOf(sku));
        rows.sort(Comparator.comparingInt(SimStock::available).reversed());
        for (int i = 0; i < rows.size() && remaining > 0; i++) {
            SimStock row = rows.get(i);
            // the last warehouse takes what is left (a backorder) when the others cannot cover it
            int take = i == rows.size() - 1 ? remaining : Math.min(remaining, row.available());
            put(row.with(row.onHand(), row.committed() + take, at));
            remaining -= take;
        }
    }

    /** A shipment leaves: on hand and committed both drop by the shipped quantity. */
    void ship(String sku, int qty, Instant at) {
        int remaining = qty;
        for (SimStock row : stockOf(sku)) {
            int take = Math.min(remaining, row.committed());
            if (take > 0) {
                put(row.with(Math.max(0, row.onHand() - take), row.committed() - take, at));
                remaining -= take;
            }
        }
    }

    private SimStock put(SimStock row) {
        changed.put(row.sku() + "|" + row.warehouse(), row);
        return row;
    }

    private SimStock row(String sku, Warehouse warehouse) {
        SimStock row = changed.get(sku + "|" + warehouse.code());
        return row != null ? row : generated(sku, warehouse);
    }

    private SimStock generated(String sku, Warehouse warehouse) {
        String key = sku + "|" + warehouse.code();
        int kind = seeds.below(key, 21, 100);
        int onHand = kind < 8 ? 0 : kind < 20 ? seeds.between(key, 22, 1, 9) : seeds.between(key, 22, 10, 600);
        int allocated = onHand * seeds.below(key, 23, 11) / 100;
        int committed = onHand * seeds.below(key, 24, 6) / 100;
        boolean receiving = onHand < 10 ? seeds.percent(key, 25, 70) : seeds.percent(key, 25, 25);
        int incoming = receiving ? seeds.between(key, 26, 20, 300) : 0;
        LocalDate nextReceipt = receiving ? anchor.plusDays(seeds.between(key, 27, 3, 30)) : null;
        return SimStock.of(sku, warehouse, onHand, allocated, committed, incoming, nextReceipt, baseTime);
    }

    /** Forgets every change made since start. */
    void reset() {
        changed.clear();
    }
}
