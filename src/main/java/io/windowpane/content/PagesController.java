package io.windowpane.content;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.Role;
import io.windowpane.web.LayoutAttributes;
import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /pages/{slug}}: a published content page for any signed-in user; admins also see drafts. */
@Controller
class PagesController {

    static final String PAGE_VIEW = "content/page";

    private final ContentPages pages;
    private final CurrentCustomer currentCustomer;

    PagesController(ContentPages pages, CurrentCustomer currentCustomer) {
        this.pages = pages;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/pages/{slug}")
    String page(@PathVariable String slug, Model model) {
        boolean admin = currentCustomer.currentUser().filter(user -> user.is(Role.ADMIN)).isPresent();
        model.addAttribute("page", pages.find(slug, admin).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return PAGE_VIEW;
    }

    /** Every signed-in page's footer links the published content pages. */
    @Component
    static class FooterLinks implements LayoutAttributes {

        private final ContentPages pages;
        private final CurrentCustomer currentCustomer;

        FooterLinks(ContentPages pages, CurrentCustomer currentCustomer) {
            this.pages = pages;
            this.currentCustomer = currentCustomer;
        }

        @Override
        public void addTo(Map<String, Object> model, HttpServletRequest request) {
            model.put("footerPages", currentCustomer.currentUser().isPresent() ? pages.footerLinks() : List.of());
        }
    }
}
