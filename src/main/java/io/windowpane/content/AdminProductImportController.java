package io.windowpane.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.windowpane.web.UploadLimit;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.erp.ErpUnavailableException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /admin/content/products/import} and {@code POST} (a CSV file, or the same text pasted): product
 * content for many SKUs at once, with a report line for every line of the file.
 */
@Controller
class AdminProductImportController {

    static final String IMPORT_VIEW = "content/admin-product-import";

    private final ProductContentImport contentImport;
    private final CurrentCustomer currentCustomer;

    private final UploadLimit uploadLimit;

    AdminProductImportController(ProductContentImport contentImport, CurrentCustomer currentCustomer, UploadLimit uploadLimit) {
        this.uploadLimit = uploadLimit;
        this.contentImport = contentImport;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/admin/content/products/import")
    String form() {
        return IMPORT_VIEW;
    }

    @PostMapping("/admin/content/products/import")
    String upload(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request, Model model) throws IOException {
        boolean fromFile = file != null && !file.isEmpty();
        String csv = fromFile ? new String(uploadLimit.read(file), StandardCharsets.UTF_8) : text;
        try {
            model.addAttribute("report", contentImport.importCsv(csv, currentCustomer.currentUser().orElseThrow().email(),
                    request.getRemoteAddr()));
        } catch (ErpUnavailableException e) {
            // nothing was saved: the SKUs are checked before anything is written
            model.addAttribute("erpUnavailable", true);
            model.addAttribute("text", fromFile ? "" : text);
        }
        return IMPORT_VIEW;
    }
}
