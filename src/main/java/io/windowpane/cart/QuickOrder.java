package io.windowpane.cart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

/** Adds many lines at once: checks them all against the ERP in batches, adds the good ones, reports the rest. */
@Service
class QuickOrder {

    /** What happened to a quick order: how many lines went into the cart, and each line that did not. */
    record Outcome(int added, List<QuickOrderLines.Bad> problems, List<QuickOrderLines.Combined> combined) {
    }

    private final Carts carts;

    QuickOrder(Carts carts) {
        this.carts = carts;
    }

    /** An ERP outage propagates, with nothing added: without it nothing can be checked, and the input is shown again. */
    Outcome add(Carts.Owner owner, String text) {
        QuickOrderLines.Parsed parsed = QuickOrderLines.parse(text);
        List<QuickOrderLines.Good> good = parsed.good();
        List<Carts.Change> changes = carts.addAllCheckedLive(owner, good.stream()
                .map(line -> new Carts.Request(line.sku(), String.valueOf(line.quantity()))).toList());
        List<QuickOrderLines.Bad> problems = new ArrayList<>(parsed.bad());
        int added = 0;
        for (int i = 0; i < good.size(); i++) {
            Carts.Change change = changes.get(i);
            QuickOrderLines.Good line = good.get(i);
            if (change.done()) {
                added++;
            } else {
                problems.add(new QuickOrderLines.Bad(line.lineNo(), line.sku() + "," + line.quantity(), reason(change.problem())));
            }
        }
        problems.sort(Comparator.comparingInt(QuickOrderLines.Bad::lineNo));
        return new Outcome(added, problems, parsed.combined());
    }

    private static QuickOrderLines.Reason reason(Carts.Problem problem) {
        return switch (problem) {
            case DISCONTINUED -> QuickOrderLines.Reason.DISCONTINUED;
            case CART_FULL -> QuickOrderLines.Reason.CART_FULL;
            case INVALID_QUANTITY -> QuickOrderLines.Reason.INVALID_QUANTITY;
            case UNKNOWN_SKU, NOT_IN_CART -> QuickOrderLines.Reason.UNKNOWN_SKU;
        };
    }
}
