package io.windowpane.cart;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The cart's configured size limit, for the messages of the cart's pages. */
@ControllerAdvice(assignableTypes = {CartController.class, QuickOrderController.class})
class CartLimits {

    private final CartProperties properties;

    CartLimits(CartProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("cartMaxLines")
    int cartMaxLines() {
        return properties.maxLines();
    }
}
