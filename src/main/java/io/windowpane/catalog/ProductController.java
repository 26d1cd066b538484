package io.windowpane.catalog;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.FragmentsRendering;
import org.springframework.web.util.UriComponentsBuilder;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.lists.ShoppingLists;

/**
 * {@code GET /products/{sku}}: the product page; {@code ?qty=} prices that quantity (the plain form without
 * JavaScript). {@code GET /products/{sku}/price?qty=} answers only the price fragment, for htmx.
 */
@Controller
class ProductController {

    static final String PRODUCT_VIEW = "catalog/product";
    static final String PRICE_FRAGMENT = "catalog/product :: quantity-price";
    static final String BREAKS_FRAGMENT = "catalog/product :: price-breaks";

    private final ProductService products;
    private final CurrentCustomer currentCustomer;
    private final ShoppingLists lists;

    ProductController(ProductService products, CurrentCustomer currentCustomer, ShoppingLists lists) {
        this.products = products;
        this.currentCustomer = currentCustomer;
        this.lists = lists;
    }

    /** The product, with its favourite star and the lists it can be added to. */
    @GetMapping("/products/{sku}")
    String product(@PathVariable String sku, @RequestParam(required = false) String qty, Model model) {
        ProductView product = view(sku, qty);
        model.addAttribute("product", product);
        ShoppingLists.Buyer buyer = lists.currentBuyer();
        String itemSku = product.item().sku();
        model.addAttribute("favourite", lists.favourites(buyer, java.util.List.of(itemSku)).contains(itemSku));
        model.addAttribute("lists", lists.overview(buyer).stream().filter(list -> !list.favourites()).toList());
        return PRODUCT_VIEW;
    }

    /** The price for a typed quantity (htmx), with the break table marking the break that now applies. */
    @GetMapping("/products/{sku}/price")
    FragmentsRendering priceForQuantity(@PathVariable String sku, @RequestParam(required = false) String qty, Model model) {
        ProductView product = view(sku, qty);
        model.addAttribute("product", product);
        model.addAttribute("breaksOutOfBand", true);
        FragmentsRendering.Builder fragments = FragmentsRendering.fragment(PRICE_FRAGMENT);
        if (product.price().available() && product.price().value() != null) {
            fragments.fragment(BREAKS_FRAGMENT);
        }
        return fragments.build();
    }

    /** Without JavaScript, "Update price" posts the one quantity box here, to come back priced for it. */
    @PostMapping("/products/{sku}/quantity")
    String quantity(@PathVariable String sku, @RequestParam(required = false) String qty) {
        return "redirect:" + UriComponentsBuilder.fromPath("/products/{sku}").queryParamIfPresent("qty",
                Optional.ofNullable(qty)).buildAndExpand(sku).encode().toUriString();
    }

    private ProductView view(String sku, String qty) {
        return products.view(currentCustomer.id().orElseThrow(), sku, qty)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product " + sku));
    }
}
