package io.windowpane.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.windowpane.account.CurrentCustomer;
import jakarta.servlet.http.HttpServletRequest;

/** Who is signed in, for which customer they work, and which navigation entry the page belongs to. */
@Component
class SignedInLayout implements LayoutAttributes {

    private final CurrentCustomer currentCustomer;

    SignedInLayout(CurrentCustomer currentCustomer) {
        this.currentCustomer = currentCustomer;
    }

    @Override
    public void addTo(Map<String, Object> model, HttpServletRequest request) {
        model.put("currentUser", currentCustomer.currentUser().orElse(null));
        model.put("currentCustomerId", currentCustomer.id().orElse(null));
        model.put("navSection", navSection(request));
        // where a form on the page may send the person back to (the favourite star without JavaScript)
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.put("currentUrl", request.getQueryString() == null ? path : path + "?" + request.getQueryString());
    }

    /** The navigation entry of the page shown ("catalog" for /catalog and /products/…), marked aria-current. */
    static String navSection(HttpServletRequest request) {
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
}
