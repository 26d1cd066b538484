package io.windowpane.catalog;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.content.Banners;
import io.windowpane.content.Placement;
import io.windowpane.lists.ShoppingLists;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /catalog?q=&category=&page=}: the whole page, or, for an htmx search-as-you-type request, only
 * the results fragment. History restores get the whole page.
 */
@Controller
class CatalogController {

    static final String LIST_VIEW = "catalog/list";
    static final String RESULTS_FRAGMENT = "catalog/list :: results";

    private final CatalogService catalog;
    private final CurrentCustomer currentCustomer;
    private final Banners banners;
    private final ShoppingLists lists;

    CatalogController(CatalogService catalog, CurrentCustomer currentCustomer, Banners banners, ShoppingLists lists) {
        this.lists = lists;
        this.catalog = catalog;
        this.currentCustomer = currentCustomer;
        this.banners = banners;
    }

    @GetMapping("/catalog")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "1") int page, HtmxRequest htmx, HttpServletResponse response, Model model) {
        response.addHeader("Vary", "HX-Request");
        String customerId = currentCustomer.id().orElseThrow();
        CatalogView view = catalog.page(customerId, q, category, page);
        if (view.results().available() && page > view.results().value().pageCount()) {
            // past the end (an old link, a shorter result): the last page, rather than an empty one
            return "redirect:" + UriComponentsBuilder.fromPath("/catalog").queryParamIfPresent("q", Optional.ofNullable(q))
                    .queryParamIfPresent("category", Optional.ofNullable(category))
                    .queryParam("page", view.results().value().pageCount()).encode().toUriString();
        }
        model.addAttribute("catalog", view);
        model.addAttribute("favourites", view.results().available() ? lists.favourites(lists.currentBuyer(),
                view.results().value().rows().stream().map(row -> row.item().sku()).toList()) : java.util.Set.of());
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return RESULTS_FRAGMENT;
        }
        model.addAttribute("banners", banners.liveFor(customerId, Placement.CATALOG));
        return LIST_VIEW;
    }
}
