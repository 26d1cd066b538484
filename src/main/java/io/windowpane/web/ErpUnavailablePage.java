package io.windowpane.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.windowpane.erp.ErpUnavailableException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * When a page cannot be built at all because the ERP did not answer (and nothing was known of what it
 * needs), the buyer gets a page that says so in plain words, with a 503, never a stack trace.
 */
@ControllerAdvice
class ErpUnavailablePage {

    static final String VIEW = "error/erp-unavailable";

    private static final Logger log = LoggerFactory.getLogger(ErpUnavailablePage.class);

    private final LayoutModel layout;

    ErpUnavailablePage(LayoutModel layout) {
        this.layout = layout;
    }

    /**
     * The page keeps the layout (navigation, Sign out, the acting banner, the footer); the wording names what
     * could not be shown.
     */
    @ExceptionHandler(ErpUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String erpUnavailable(ErpUnavailableException e, HttpServletRequest request, Model model) {
        log.warn("Page could not be built, the ERP did not answer: {}", e.getMessage());
        layout.addTo(model.asMap(), request);
        model.addAttribute("unavailablePage", switch (SignedInLayout.navSection(request)) {
            case "catalog" -> "product";
            case "cart" -> "checkout";
            case "orders" -> "order";
            case "invoices", "account.statement" -> "invoice";
            default -> "page";
        });
        return VIEW;
    }
}
