package io.windowpane.cart;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cart ({@code windowpane.cart.*}).
 *
 * @param maxLines the most lines one cart holds; a cart that large is a quick order's job, and every line is
 *        priced from the ERP each time the cart is shown
 */
@ConfigurationProperties("windowpane.cart")
record CartProperties(@DefaultValue("500") int maxLines) {
}
