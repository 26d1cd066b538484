package io.windowpane.cart;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.Reading;
import io.windowpane.web.QuantityInput;

/**
 * The cart module's API: a buyer's cart per ERP customer and portal user, SKU and quantity only, at most
 * {@code windowpane.cart.max-lines} lines. Adding checks the SKUs against the ERP (through the cache, one batch
 * for many lines, never inside a database transaction); when the ERP cannot be asked the lines are kept, since
 * checkout checks every line live anyway.
 */
@Service
@EnableConfigurationProperties(CartProperties.class)
public class Carts {

    /** A SKU as an ERP could have it: letters, digits and {@code . _ / -}, at most 64 characters. */
    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,63}");

    /** Whose cart: the ERP customer being bought for and the person buying. */
    public record Owner(String customerId, long userId) {
    }

    /** A cart line (a removed one is kept in the session across a redirect, for Undo). */
    public record Line(String sku, int quantity) implements Serializable {
    }

    /** A line someone asked to add: the SKU and the quantity as typed. */
    public record Request(String sku, String typedQuantity) {
    }

    /** Why a change was not made. */
    public enum Problem {
        INVALID_QUANTITY, UNKNOWN_SKU, DISCONTINUED, NOT_IN_CART, CART_FULL
    }

    /** The outcome of a change: the line as it now stands, or the problem (kept in the session across a redirect). */
    public record Change(String sku, int quantity, Problem problem) implements Serializable {
        public boolean done() {
            return problem == null;
        }
    }

    private final CartLineRepository lines;
    private final JdbcClient jdbc;
    private final ErpReads erp;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int maxLines;

    Carts(CartLineRepository lines, JdbcClient jdbc, ErpReads erp, Clock clock, PlatformTransactionManager transactions,
            CartProperties properties) {
        this.lines = lines;
        this.jdbc = jdbc;
        this.erp = erp;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.maxLines = properties.maxLines();
    }

    public Change add(Owner owner, String sku, String typedQuantity) {
        return addAll(owner, List.of(new Request(sku, typedQuantity))).get(0);
    }

    /** Adds many lines with one ERP read; answers a change per request, in order. */
    public List<Change> addAll(Owner owner, List<Request> requests) {
        return add(owner, requests, false);
    }

    /** As {@link #addAll}, but an ERP that cannot be asked fails the whole call (nothing is added). */
    List<Change> addAllCheckedLive(Owner owner, List<Request> requests) {
        return add(owner, requests, true);
    }

    @Transactional
    public Change setQuantity(Owner owner, String sku, String typedQuantity) {
        Optional<Integer> qty = QuantityInput.parse(typedQuantity);
        if (qty.isEmpty()) {
            return new Change(sku, 0, Problem.INVALID_QUANTITY);
        }
        return lines.findLine(owner.customerId(), owner.userId(), sku).map(line -> {
            line.changeQuantity(qty.get(), clock.instant());
            return new Change(sku, qty.get(), null);
        }).orElse(new Change(sku, 0, Problem.NOT_IN_CART));
    }

    /** Removes the line; answers what it held, so the page can offer to put it back. */
    @Transactional
    public Optional<Line> remove(Owner owner, String sku) {
        Optional<Line> removed = lines.findLine(owner.customerId(), owner.userId(), sku)
                .map(line -> new Line(line.sku(), line.quantity()));
        lines.deleteLine(owner.customerId(), owner.userId(), sku);
        return removed;
    }

    /** Puts lines back into the cart (a rejected order restored), adding to what is there; joins the caller's transaction. */
    @Transactional
    public void restore(Owner owner, List<Line> restored) {
        restored.forEach(line -> lines.addQuantity(owner.customerId(), owner.userId(), line.sku(), line.quantity(), QuantityInput.MAX));
    }

    /** Empties the cart (an order was taken); joins the caller's transaction. */
    @Transactional
    public void clear(Owner owner) {
        lines.deleteAllLines(owner.customerId(), owner.userId());
    }

    @Transactional(readOnly = true)
    public List<Line> lines(Owner owner) {
        return lines.findLines(owner.customerId(), owner.userId()).stream().map(l -> new Line(l.sku(), l.quantity())).toList();
    }

    /** For the badge every page shows: one plain statement, without an entity manager or a transaction. */
    public long count(Owner owner) {
        return jdbc.sql("select count(*) from cart_line where customer_id = ? and user_id = ?")
                .params(owner.customerId(), owner.userId()).query(Long.class).single();
    }

    private List<Change> add(Owner owner, List<Request> requests, boolean erpRequired) {
        List<Change> changes = new ArrayList<>();
        List<String> wellFormed = new ArrayList<>();
        for (Request request : requests) {
            String sku = canonicalSku(request.sku());
            if (!SKU.matcher(sku).matches()) {
                changes.add(new Change(sku, 0, Problem.UNKNOWN_SKU));
            } else if (QuantityInput.parse(request.typedQuantity()).isEmpty()) {
                changes.add(new Change(sku, 0, Problem.INVALID_QUANTITY));
            } else {
                changes.add(null);
                wellFormed.add(sku);
            }
        }
        Map<String, Reading<Item>> items = sellable(wellFormed, erpRequired);
        return transaction.execute(status -> {
            List<Change> done = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                Change checked = changes.get(i);
                done.add(checked != null ? checked : write(owner, canonicalSku(requests.get(i).sku()),
                        QuantityInput.parse(requests.get(i).typedQuantity()).orElseThrow(), items));
            }
            return done;
        });
    }

    private Change write(Owner owner, String sku, int quantity, Map<String, Reading<Item>> items) {
        if (items != null) {
            Reading<Item> item = items.get(sku);
            if (item == null) {
                return new Change(sku, 0, Problem.UNKNOWN_SKU);
            }
            if (item.value().discontinued()) {
                return new Change(sku, 0, Problem.DISCONTINUED);
            }
        }
        if (lines.addQuantityWithin(owner.customerId(), owner.userId(), sku, quantity, QuantityInput.MAX, maxLines) == 0) {
            return new Change(sku, 0, Problem.CART_FULL);
        }
        return new Change(sku, lines.findLine(owner.customerId(), owner.userId(), sku).orElseThrow().quantity(), null);
    }

    // null when the ERP could not be asked and that is acceptable: the lines are kept, checkout checks them live
    private Map<String, Reading<Item>> sellable(Collection<String> skus, boolean erpRequired) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        try {
            return erp.items(skus);
        } catch (ErpUnavailableException e) {
            if (erpRequired) {
                throw e;
            }
            return null;
        }
    }

    private static String canonicalSku(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }
}
