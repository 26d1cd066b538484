package io.windowpane.cart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.windowpane.erp.ErpReads;
import io.windowpane.erp.Item;
import io.windowpane.erp.Reading;
import io.windowpane.web.QuantityInput;

/** Adds many lines at once: checks them all against the ERP in batches, adds the good ones, reports the rest. */
@Service
class QuickOrder {

    /** What happened to a quick order: how many lines went into the cart, and each line that did not. */
    record Outcome(int added, List<QuickOrderLines.Bad> problems) {
    }

    private final ErpReads erp;
    private final CartLineRepository lines;

    QuickOrder(ErpReads erp, CartLineRepository lines) {
        this.erp = erp;
        this.lines = lines;
    }

    /** An ERP outage propagates: without it nothing can be checked, and the buyer's input is shown again. */
    @Transactional
    Outcome add(Carts.Owner owner, String text) {
        QuickOrderLines.Parsed parsed = QuickOrderLines.parse(text);
        Map<String, Reading<Item>> items = erp.items(parsed.good().stream().map(QuickOrderLines.Good::sku).toList());
        List<QuickOrderLines.Bad> problems = new ArrayList<>(parsed.bad());
        int added = 0;
        for (QuickOrderLines.Good line : parsed.good()) {
            Reading<Item> item = items.get(line.sku());
            if (item == null) {
                problems.add(new QuickOrderLines.Bad(line.lineNo(), line.sku() + "," + line.quantity(), QuickOrderLines.Reason.UNKNOWN_SKU));
            } else if (item.value().discontinued()) {
                problems.add(new QuickOrderLines.Bad(line.lineNo(), line.sku() + "," + line.quantity(), QuickOrderLines.Reason.DISCONTINUED));
            } else {
                lines.addQuantity(owner.customerId(), owner.userId(), line.sku(), line.quantity(), QuantityInput.MAX);
                added++;
            }
        }
        problems.sort(Comparator.comparingInt(QuickOrderLines.Bad::lineNo));
        return new Outcome(added, problems);
    }
}
