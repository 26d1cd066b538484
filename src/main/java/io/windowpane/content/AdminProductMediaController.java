package io.windowpane.content;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.audit.AuditLog;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.ErpUnavailableException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A product's images and PDF documents, managed from its content page ({@code /admin/content/products/{sku}}):
 * upload, make an image the main one, remove. Every answer goes back to that page with what happened; an upload
 * for a SKU the ERP does not know is refused like any content for it.
 */
@Controller
class AdminProductMediaController {

    /** What the content page tells the admin after a media action (a message key suffix and its argument). */
    record Notice(String key, String argument, boolean problem) implements Serializable {
    }

    private static final String UNKNOWN_SKU = "unknownSku";

    private final ProductMedia media;
    private final ErpGateway erp;
    private final AuditLog audit;
    private final CurrentCustomer currentCustomer;

    AdminProductMediaController(ProductMedia media, ErpGateway erp, AuditLog audit, CurrentCustomer currentCustomer) {
        this.media = media;
        this.erp = erp;
        this.audit = audit;
        this.currentCustomer = currentCustomer;
    }

    @PostMapping("/admin/content/products/{sku}/images")
    String addImage(@PathVariable String sku, @RequestParam(required = false) MultipartFile image,
            HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        return upload(canonical(sku), image, bytes -> {
            ProductMedia.Image added = media.addImage(canonical(sku), bytes, image.getOriginalFilename(), admin());
            record(AuditLog.Action.PRODUCT_IMAGE_ADDED, canonical(sku) + " " + added.originalName(), request);
            return new Notice("imageAdded", added.originalName(), false);
        }, redirect);
    }

    @PostMapping("/admin/content/products/{sku}/images/{id}/main")
    String makeMain(@PathVariable String sku, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        String canonical = canonical(sku);
        found(media.makeMain(canonical, id));
        record(AuditLog.Action.PRODUCT_IMAGE_MADE_MAIN, canonical + " #" + id, request);
        return back(canonical, new Notice("imageMadeMain", null, false), redirect);
    }

    @PostMapping("/admin/content/products/{sku}/images/{id}/delete")
    String removeImage(@PathVariable String sku, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        String canonical = canonical(sku);
        found(media.removeImage(canonical, id));
        record(AuditLog.Action.PRODUCT_IMAGE_REMOVED, canonical + " #" + id, request);
        return back(canonical, new Notice("imageRemoved", null, false), redirect);
    }

    @PostMapping("/admin/content/products/{sku}/documents")
    String addDocument(@PathVariable String sku, @RequestParam(required = false) MultipartFile document,
            @RequestParam(defaultValue = "") String title, HttpServletRequest request, RedirectAttributes redirect)
            throws IOException {
        return upload(canonical(sku), document, bytes -> {
            ProductMedia.Document added = media.addDocument(canonical(sku), title, bytes, document.getOriginalFilename(), admin());
            record(AuditLog.Action.PRODUCT_DOCUMENT_ADDED, canonical(sku) + " " + added.fileName(), request);
            return new Notice("documentAdded", added.title(), false);
        }, redirect);
    }

    @PostMapping("/admin/content/products/{sku}/documents/{id}/delete")
    String removeDocument(@PathVariable String sku, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        String canonical = canonical(sku);
        found(media.removeDocument(canonical, id));
        record(AuditLog.Action.PRODUCT_DOCUMENT_REMOVED, canonical + " #" + id, request);
        return back(canonical, new Notice("documentRemoved", null, false), redirect);
    }

    /** Stores an upload and says what became of it: added, or refused with the reason. */
    private interface Store {
        Notice store(byte[] bytes) throws ProductMedia.UploadRefusedException;
    }

    private String upload(String sku, MultipartFile file, Store store, RedirectAttributes redirect) throws IOException {
        Notice notice = checkUpload(sku, file);
        if (notice == null) {
            try {
                notice = store.store(file.getBytes());
            } catch (ProductMedia.UploadRefusedException e) {
                notice = new Notice("problem." + e.problem().name(), filename(file), true);
            }
        }
        return back(sku, notice, redirect);
    }

    /** Null when the upload may go ahead: a file was chosen and the ERP knows the SKU. */
    private Notice checkUpload(String sku, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new Notice("problem.EMPTY", null, true);
        }
        try {
            return erp.items(List.of(sku)).isEmpty() ? new Notice(UNKNOWN_SKU, sku, true) : null;
        } catch (ErpUnavailableException e) {
            return new Notice("erpUnavailable", null, true);
        }
    }

    private static String back(String sku, Notice notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("mediaNotice", notice);
        if (notice.key().equals(UNKNOWN_SKU)) {
            return "redirect:/admin/content/products"; // a SKU the ERP does not know has no page of its own
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/content/products/{sku}").buildAndExpand(sku).encode().toUriString();
    }

    private void record(AuditLog.Action action, String details, HttpServletRequest request) {
        audit.record(admin(), null, action, details, request.getRemoteAddr());
    }

    private String admin() {
        return currentCustomer.currentUser().orElseThrow().email();
    }

    private static void found(boolean found) {
        if (!found) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String filename(MultipartFile file) {
        return ProductMedia.fileName(file.getOriginalFilename(), "");
    }

    private static String canonical(String sku) {
        return AdminProductContentController.canonical(sku);
    }
}
