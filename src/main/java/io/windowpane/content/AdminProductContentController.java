package io.windowpane.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.audit.AuditLog;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.erp.Item;
import io.windowpane.erp.ItemQuery;
import io.windowpane.erp.Reading;
import io.windowpane.web.ErpPanel;
import io.windowpane.web.SearchText;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Product content keyed by ERP SKU: {@code GET /admin/content/products?q=} searches the ERP catalog and lists the
 * products that have content (those whose item the ERP no longer has are marked orphaned);
 * {@code /admin/content/products/{sku}} edits one. Content for a SKU the ERP does not know is refused.
 */
@Controller
class AdminProductContentController {

    static final String LIST_VIEW = "content/admin-products";
    static final String FORM_VIEW = "content/admin-product";
    static final int SEARCH_SIZE = 24;

    /** A product with content, and whether the ERP still has its item (null: the ERP did not answer). */
    record WithContent(String sku, String name, Boolean orphaned) {
    }

    private final ProductContents contents;
    private final ProductMedia media;
    private final ErpReads reads;
    private final ErpGateway erp;
    private final AuditLog audit;
    private final CurrentCustomer currentCustomer;

    AdminProductContentController(ProductContents contents, ProductMedia media, ErpReads reads, ErpGateway erp, AuditLog audit,
            CurrentCustomer currentCustomer) {
        this.contents = contents;
        this.media = media;
        this.reads = reads;
        this.erp = erp;
        this.audit = audit;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/admin/content/products")
    String list(@RequestParam(required = false) String q, Model model) {
        String text = SearchText.of(q, SearchText.CATALOG_MAX);
        model.addAttribute("q", text);
        if (!text.isEmpty()) {
            model.addAttribute("results", ErpPanel.load(() -> reads.search(new ItemQuery(text, null, 1, SEARCH_SIZE)).value()));
        }
        List<String> skus = contents.skusWithContent();
        ErpPanel<Map<String, Reading<Item>>> items = ErpPanel.load(() -> reads.items(skus));
        model.addAttribute("withContent", skus.stream().map(sku -> items.unavailable() ? new WithContent(sku, null, null)
                : new WithContent(sku, items.value().containsKey(sku) ? items.value().get(sku).value().name() : null,
                        !items.value().containsKey(sku))).toList());
        return LIST_VIEW;
    }

    @GetMapping("/admin/content/products/{sku}")
    String edit(@PathVariable String sku, Model model) {
        String canonical = canonical(sku);
        var detail = contents.detail(canonical);
        ErpPanel<Map<String, Reading<Item>>> item = ErpPanel.load(() -> reads.items(List.of(canonical)));
        boolean known = item.available() && item.value().containsKey(canonical);
        if (detail.isEmpty() && item.available() && !known) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("productContentForm", detail.map(ProductContentForm::of).orElseGet(ProductContentForm::new));
        return form(canonical, known ? item.value().get(canonical).value() : null, model);
    }

    @PostMapping("/admin/content/products/{sku}")
    String save(@PathVariable String sku, @Validated @ModelAttribute("productContentForm") ProductContentForm form,
            BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        String canonical = canonical(sku);
        List<Item> found;
        try {
            found = erp.items(List.of(canonical));
        } catch (ErpUnavailableException e) {
            model.addAttribute("erpUnavailable", true);
            return form(canonical, null, model);
        }
        if (found.isEmpty()) {
            model.addAttribute("unknownSku", true);
            return form(canonical, null, model);
        }
        if (errors.hasErrors()) {
            return form(canonical, found.get(0), model);
        }
        String admin = currentCustomer.currentUser().orElseThrow().email();
        contents.save(canonical, form.toEdit(), admin);
        audit.record(admin, null, AuditLog.Action.PRODUCT_CONTENT_SAVED, canonical, request.getRemoteAddr());
        redirect.addFlashAttribute("saved", canonical);
        return "redirect:/admin/content/products";
    }

    @PostMapping("/admin/content/products/{sku}/delete")
    String delete(@PathVariable String sku, HttpServletRequest request, RedirectAttributes redirect) {
        String canonical = canonical(sku);
        if (!contents.delete(canonical)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(currentCustomer.currentUser().orElseThrow().email(), null, AuditLog.Action.PRODUCT_CONTENT_DELETED,
                canonical, request.getRemoteAddr());
        redirect.addFlashAttribute("deleted", canonical);
        return "redirect:/admin/content/products";
    }

    private String form(String sku, Item item, Model model) {
        model.addAttribute("sku", sku);
        model.addAttribute("images", media.images(sku));
        model.addAttribute("documents", media.documents(sku));
        model.addAttribute("limits", media.limits());
        model.addAttribute("item", item);
        return FORM_VIEW;
    }

    static String canonical(String sku) {
        return sku.strip().toUpperCase(Locale.ROOT);
    }
}
