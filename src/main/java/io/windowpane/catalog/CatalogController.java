package io.windowpane.catalog;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.content.Banners;
import io.windowpane.content.Placement;
import io.windowpane.lists.ShoppingLists;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /catalog?q=&category=&page=}: the whole page, or, for an htmx search-as-you-type request, only
 * the results fragment. History restores get the whole page.
 */
@Controller
class CatalogController {

    static final String LIST_VIEW = "catalog/list";
    static final String RESULTS_FRAGMENT = "catalog/list :: results";
    static final String SUGGESTIONS_FRAGMENT = "catalog/list :: suggestions";

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

    /**
     * {@code sort} is relevance (default), name, sku or price; {@code stock} narrows to what is available in any
     * warehouse ({@code any}) or in one (its code); {@code view} grid or list, remembered in a cookie so the
     * buyer's choice holds on the next visit.
     */
    @GetMapping("/catalog")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String view, @RequestParam(required = false) String stock,
            @CookieValue(name = CatalogLayout.COOKIE, required = false) String rememberedView, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        response.addHeader("Vary", "HX-Request");
        CatalogLayout layout = CatalogLayout.of(view, CatalogLayout.of(rememberedView, CatalogLayout.GRID));
        if (view != null) {
            remember(layout, response);
        }
        String customerId = currentCustomer.id().orElseThrow();
        CatalogSort order = CatalogSort.of(sort);
        StockFilter inStock = StockFilter.of(stock);
        CatalogView catalogView = catalog.page(customerId, q, category, order, inStock, layout, page);
        if (catalogView.results().available() && page > catalogView.results().value().pageCount()) {
            // past the end (an old link, a shorter result): the last page, rather than an empty one
            return "redirect:" + UriComponentsBuilder.fromPath("/catalog").queryParamIfPresent("q", Optional.ofNullable(q))
                    .queryParamIfPresent("category", Optional.ofNullable(category))
                    .queryParamIfPresent("sort", Optional.ofNullable(order.param()))
                    .queryParamIfPresent("stock", Optional.ofNullable(inStock.value()))
                    .queryParam("page", catalogView.results().value().pageCount()).encode().toUriString();
        }
        model.addAttribute("catalog", catalogView);
        model.addAttribute("favourites", catalogView.results().available() ? lists.favourites(lists.currentBuyer(),
                catalogView.results().value().rows().stream().map(row -> row.item().sku()).toList()) : java.util.Set.of());
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return RESULTS_FRAGMENT;
        }
        model.addAttribute("banners", banners.liveFor(customerId, Placement.CATALOG));
        return LIST_VIEW;
    }

    /** Suggestions while typing: the options of the search box's list (htmx); names, each with its SKU. */
    @GetMapping("/catalog/suggestions")
    String suggestions(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("suggestions", catalog.suggestions(q));
        return SUGGESTIONS_FRAGMENT;
    }

    private static void remember(CatalogLayout layout, HttpServletResponse response) {
        Cookie cookie = new Cookie(CatalogLayout.COOKIE, layout.name().toLowerCase(java.util.Locale.ROOT));
        cookie.setPath("/");
        cookie.setMaxAge((int) java.time.Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
