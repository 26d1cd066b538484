package io.windowpane.cart;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** How many lines the cart has, for the badge in the navigation of every page a buyer sees. */
@ControllerAdvice
class CartBadge {

    private final Carts carts;
    private final CurrentCart currentCart;

    CartBadge(Carts carts, CurrentCart currentCart) {
        this.carts = carts;
        this.currentCart = currentCart;
    }

    @ModelAttribute("cartCount")
    Long cartCount() {
        return currentCart.owner().map(carts::count).orElse(null);
    }
}
