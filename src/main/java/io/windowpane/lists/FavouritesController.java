package io.windowpane.lists;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * {@code POST /lists/favourites/{sku}} stars or unstars a product in the buyer's favourites: a plain POST goes
 * back to the page it came from ({@code back}, a path of this portal); htmx gets the new star in place.
 */
@Controller
class FavouritesController {

    static final String STAR_FRAGMENT = "lists/star :: star";

    private final ShoppingLists lists;

    FavouritesController(ShoppingLists lists) {
        this.lists = lists;
    }

    @PostMapping("/lists/favourites/{sku}")
    String toggle(@PathVariable String sku, @RequestParam(required = false) String back) {
        lists.toggleFavourite(lists.currentBuyer(), sku);
        return "redirect:" + (isLocalPath(back) ? back : "/lists");
    }

    @HxRequest
    @PostMapping("/lists/favourites/{sku}")
    String toggleInPlace(@PathVariable String sku, Model model) {
        model.addAttribute("starSku", sku);
        model.addAttribute("starOn", lists.toggleFavourite(lists.currentBuyer(), sku));
        return STAR_FRAGMENT;
    }

    // only back to a page of this portal: never an open redirect
    private static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.contains("\r") && !path.contains("\n");
    }
}
