package io.windowpane.cart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    private final QuickOrder quickOrder;
    private final CurrentCart currentCart;

    private final UploadLimit uploadLimit;

    QuickOrderController(QuickOrder quickOrder, CurrentCart currentCart, UploadLimit uploadLimit) {
        this.uploadLimit = uploadLimit;
        this.quickOrder = quickOrder;
        this.currentCart = currentCart;
    }

    @GetMapping("/cart/quick-order")
    String form() {
        return QUICK_ORDER_VIEW;
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
        return QUICK_ORDER_VIEW;
    }
}
