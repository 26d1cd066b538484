package io.windowpane.cart;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.Reading;
import io.windowpane.web.QuantityInput;

/**
 * The cart module's API: a buyer's cart per ERP customer and portal user, SKU and quantity only. Adding checks
 * the SKU against the ERP (through the cache); when the ERP cannot be asked the line is kept, since checkout
 * checks every line live anyway.
 */
@Service
public class Carts {

    /** Whose cart: the ERP customer being bought for and the person buying. */
    public record Owner(String customerId, long userId) {
    }

    /** A cart line. */
    public record Line(String sku, int quantity) {
    }

    /** Why a change was not made. */
    public enum Problem {
        INVALID_QUANTITY, UNKNOWN_SKU, DISCONTINUED, NOT_IN_CART
    }

    /** The outcome of a change: the line as it now stands, or the problem (kept in the session across a redirect). */
    public record Change(String sku, int quantity, Problem problem) implements Serializable {
        public boolean done() {
            return problem == null;
        }
    }

    private final CartLineRepository lines;
    private final ErpReads erp;
    private final Clock clock;

    Carts(CartLineRepository lines, ErpReads erp, Clock clock) {
        this.lines = lines;
        this.erp = erp;
        this.clock = clock;
    }

    @Transactional
    public Change add(Owner owner, String sku, String typedQuantity) {
        String cleanSku = sku == null ? "" : sku.strip().toUpperCase();
        Optional<Integer> qty = QuantityInput.parse(typedQuantity);
        if (qty.isEmpty()) {
            return new Change(cleanSku, 0, Problem.INVALID_QUANTITY);
        }
        Problem problem = checkSellable(cleanSku);
        if (problem != null) {
            return new Change(cleanSku, 0, problem);
        }
        lines.addQuantity(owner.customerId(), owner.userId(), cleanSku, qty.get(), QuantityInput.MAX);
        return new Change(cleanSku, lines.findLine(owner.customerId(), owner.userId(), cleanSku).orElseThrow().quantity(), null);
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

    @Transactional
    public void remove(Owner owner, String sku) {
        lines.deleteLine(owner.customerId(), owner.userId(), sku);
    }

    /** Puts lines back into the cart (a rejected order restored), adding to what is there. */
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

    @Transactional(readOnly = true)
    public long count(Owner owner) {
        return lines.countLines(owner.customerId(), owner.userId());
    }

    private Problem checkSellable(String sku) {
        try {
            Reading<Item> item = erp.items(List.of(sku)).get(sku);
            if (item == null) {
                return Problem.UNKNOWN_SKU;
            }
            return item.value().discontinued() ? Problem.DISCONTINUED : null;
        } catch (ErpUnavailableException e) {
            return null;
        }
    }
}
