package io.windowpane.cart;

import org.springframework.stereotype.Component;

/**
 * How many lines the cart has, for the badge in the navigation: {@code ${@cartBadge.count()}}. Counted when
 * the page renders, so it already includes a change the request just made.
 */
@Component("cartBadge")
public class CartBadge {

    private final Carts carts;
    private final CurrentCart currentCart;

    CartBadge(Carts carts, CurrentCart currentCart) {
        this.carts = carts;
        this.currentCart = currentCart;
    }

    public long count() {
        return currentCart.owner().map(carts::count).orElse(0L);
    }
}
