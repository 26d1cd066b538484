package io.windowpane.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;

/** What the base layout needs on every page: who is signed in, and for which customer they work. */
@ControllerAdvice
class LayoutModel {

    private final CurrentCustomer currentCustomer;

    LayoutModel(CurrentCustomer currentCustomer) {
        this.currentCustomer = currentCustomer;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        return currentCustomer.currentUser().orElse(null);
    }

    /** The navigation entry of the page shown ("catalog" for /catalog and /products/…), marked aria-current. */
    @ModelAttribute("navSection")
    String navSection(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/")) {
            return "home";
        }
        if (path.startsWith("/products")) {
            return "catalog";
        }
        if (path.startsWith("/checkout")) {
            return "cart";
        }
        String[] parts = path.split("/");
        if (parts.length > 3 && parts[2].equals("content")) {
            return parts[1] + ".content." + parts[3];
        }
        return parts.length > 2 && List.of("rep", "admin", "account", "cart").contains(parts[1])
                ? parts[1] + "." + parts[2] : parts.length > 1 ? parts[1] : "";
    }

    @ModelAttribute("currentCustomerId")
    String currentCustomerId() {
        return currentCustomer.id().orElse(null);
    }
}
