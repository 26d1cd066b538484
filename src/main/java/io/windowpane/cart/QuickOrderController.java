package io.windowpane.cart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.windowpane.web.UploadLimit;

import io.windowpane.erp.ErpUnavailableException;

/**
 * {@code GET /cart/quick-order}: paste or type {@code sku,qty} lines, or upload a CSV file;
 * {@code POST /cart/quick-order} adds the good lines and shows every other line with its number and reason;
 * the lines not added come back in the text box to be corrected, and during an ERP outage everything does.
 */
@Controller
class QuickOrderController {

    static final String QUICK_ORDER_VIEW = "cart/quick-order";
    static final String PREVIEW_FRAGMENT = "cart/quick-order :: preview";
    static final String SUGGESTIONS_FRAGMENT = "cart/quick-order :: suggestions";

    private final QuickOrder quickOrder;
    private final CurrentCart currentCart;

    private final UploadLimit uploadLimit;

    private final QuickOrderPad pad;

    QuickOrderController(QuickOrder quickOrder, CurrentCart currentCart, UploadLimit uploadLimit, QuickOrderPad pad) {
        this.pad = pad;
        this.uploadLimit = uploadLimit;
        this.quickOrder = quickOrder;
        this.currentCart = currentCart;
    }

    @GetMapping("/cart/quick-order")
    String form(@RequestParam(defaultValue = "5") int rows, Model model) {
        model.addAttribute("padRows", Math.max(QuickOrderPad.ROWS, Math.min(QuickOrderPad.MAX_ROWS, rows)));
        return QUICK_ORDER_VIEW;
    }

    /** The pad: its filled rows go through the same quick order as pasted lines (combined, checked, reported). */
    @PostMapping("/cart/quick-order/pad")
    String addRows(@RequestParam(name = "sku", required = false) List<String> skus,
            @RequestParam(name = "qty", required = false) List<String> quantities, Model model) throws IOException {
        return add(QuickOrderPad.lines(skus == null ? List.of() : skus, quantities == null ? List.of() : quantities), null, model);
    }

    /** One pad row as it is filled (htmx): the item's name, the price at the quantity, what is available. */
    @GetMapping("/cart/quick-order/row")
    String row(@RequestParam(required = false) String sku, @RequestParam(required = false) String qty, Model model) {
        model.addAttribute("preview", pad.preview(currentCart.require().customerId(), sku, qty));
        return PREVIEW_FRAGMENT;
    }

    /** SKU suggestions for a pad row's box (htmx): the options of its list. */
    @GetMapping("/cart/quick-order/suggestions")
    String suggestions(@RequestParam(required = false) String sku, @RequestParam(defaultValue = "0") int row, Model model) {
        model.addAttribute("suggestions", pad.suggestions(sku));
        model.addAttribute("row", row);
        return SUGGESTIONS_FRAGMENT;
    }

    @PostMapping("/cart/quick-order")
    String add(@RequestParam(defaultValue = "") String lines, @RequestParam(required = false) MultipartFile file,
            Model model) throws IOException {
        boolean fromFile = file != null && !file.isEmpty();
        String text = fromFile ? new String(uploadLimit.read(file), StandardCharsets.UTF_8) : lines;
        try {
            QuickOrder.Outcome outcome = quickOrder.add(currentCart.require(), text);
            model.addAttribute("outcome", outcome);
            // only what was not added comes back for correcting, so resubmitting never adds a line twice
            model.addAttribute("lines", outcome.problems().stream().map(QuickOrderLines.Bad::text).collect(Collectors.joining("\n")));
        } catch (ErpUnavailableException e) {
            model.addAttribute("erpUnavailable", true);
            model.addAttribute("lines", text);
        }
        model.addAttribute("padRows", QuickOrderPad.ROWS);
        return QUICK_ORDER_VIEW;
    }
}
