package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.windowpane.erpsim.dataset.SimPrice.Source;

/**
 * Contract prices with quantity breaks, computed on demand from the seed (never materialised per customer and
 * item), plus the prices an ERP user changed through the simulator.
 */
public final class PriceBook {

    private static final Set<String> PACK_GOODS = Set.of("FAS", "SAF", "ABR", "JAN", "ELE");
    private static final int[] PACK_TIERS = {1, 10, 50, 100};
    private static final int[] UNIT_TIERS = {1, 5, 20};
    private static final int[] TIER_DISCOUNT_PERCENT = {0, 4, 8, 12};

    private final Seeds seeds;
    private final LocalDate anchor;
    private final Map<String, List<PriceBreak>> changed = new ConcurrentHashMap<>();

    PriceBook(Seeds seeds, LocalDate anchor) {
        this.seeds = seeds;
        this.anchor = anchor;
    }

    public SimPrice priceFor(SimCustomer customer, SimItem item) {
        List<PriceBreak> override = changed.get(key(customer.id(), item.sku()));
        if (override != null) {
            return contract(item, override);
        }
        if (seeds.percent(customer.id() + "|" + item.sku(), 11, customer.contractCoverage())) {
            int discount = customer.contractDiscount() + seeds.below(customer.id() + "|" + item.sku(), 12, 6);
            return contract(item, breaks(item, item.listPrice().multiply(percentOf(100 - discount)), 1));
        }
        return new SimPrice(item.sku(), item.currency(), item.uom(), breaks(item, item.listPrice(), 2), null, null,
                Source.LIST);
    }

    /** An ERP user sets a customer's contract breaks for an item. */
    public void change(String customerId, String sku, List<PriceBreak> breaks) {
        changed.put(key(customerId, sku), List.copyOf(breaks));
    }

    private SimPrice contract(SimItem item, List<PriceBreak> breaks) {
        return new SimPrice(item.sku(), item.currency(), item.uom(), breaks, anchor.minusDays(90),
                anchor.plusDays(275), Source.CONTRACT);
    }

    // Volume breaks on about 60% of the range; list prices get shallower breaks than contracts.
    private List<PriceBreak> breaks(SimItem item, BigDecimal base, int depthDivisor) {
        List<PriceBreak> breaks = new ArrayList<>();
        breaks.add(new PriceBreak(1, Seeds.money(base)));
        if (seeds.percent(item.sku(), 13, 60)) {
            int[] tiers = PACK_GOODS.contains(item.category()) ? PACK_TIERS : UNIT_TIERS;
            for (int t = 1; t < tiers.length; t++) {
                BigDecimal factor = percentOf(100 - TIER_DISCOUNT_PERCENT[t] / depthDivisor);
                breaks.add(new PriceBreak(tiers[t], Seeds.money(base.multiply(factor))));
            }
        }
        return List.copyOf(breaks);
    }

    private static BigDecimal percentOf(int percent) {
        return BigDecimal.valueOf(percent, 2);
    }

    private static String key(String customerId, String sku) {
        return customerId + "|" + sku;
    }

    /** Forgets every change made since start. */
    void reset() {
        changed.clear();
    }
}
