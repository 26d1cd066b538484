package io.windowpane.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import io.windowpane.account.CurrentCustomer;

/**
 * {@code GET /products/{sku}}: the product page; {@code ?qty=} prices that quantity (the plain form without
 * JavaScript). {@code GET /products/{sku}/price?qty=} answers only the price fragment, for htmx.
 */
@Controller
class ProductController {

    static final String PRODUCT_VIEW = "catalog/product";
    static final String PRICE_FRAGMENT = "catalog/product :: quantity-price";

    private final ProductService products;
    private final CurrentCustomer currentCustomer;

    ProductController(ProductService products, CurrentCustomer currentCustomer) {
        this.products = products;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/products/{sku}")
    String product(@PathVariable String sku, @RequestParam(required = false) String qty, Model model) {
        model.addAttribute("product", view(sku, qty));
        return PRODUCT_VIEW;
    }

    @GetMapping("/products/{sku}/price")
    String priceForQuantity(@PathVariable String sku, @RequestParam(required = false) String qty, Model model) {
        model.addAttribute("product", view(sku, qty));
        return PRICE_FRAGMENT;
    }

    private ProductView view(String sku, String qty) {
        return products.view(currentCustomer.id().orElseThrow(), sku, qty)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product " + sku));
    }
}
