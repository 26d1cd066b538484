package io.windowpane.cart;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.PortalUsers;

/**
 * The cart: {@code GET /cart}; {@code POST /cart/lines} adds (from catalog and product pages);
 * {@code POST /cart/lines/{sku}} changes a quantity; {@code POST /cart/lines/{sku}/remove} removes a line.
 * Each works as a plain POST and redirect; an htmx twin answers only the fragments that changed, with the
 * navigation's cart badge updated out of band.
 */
@Controller
class CartController {

    static final String CART_VIEW = "cart/cart";
    static final String ADDED_FRAGMENT = "cart/cart :: added";
    static final String CONTENTS_FRAGMENT = "cart/cart :: contents";
    static final String BADGE_FRAGMENT = "cart/cart :: badge";

    private final Carts carts;
    private final CartPricing pricing;
    private final CurrentCart currentCart;
    private final CurrentCustomer currentCustomer;
    private final PortalUsers users;

    CartController(Carts carts, CartPricing pricing, CurrentCart currentCart, CurrentCustomer currentCustomer,
            PortalUsers users) {
        this.carts = carts;
        this.pricing = pricing;
        this.currentCart = currentCart;
        this.currentCustomer = currentCustomer;
        this.users = users;
    }

    @GetMapping("/cart")
    String cart(Model model) {
        model.addAttribute("cart", priced());
        // a rep acting for the customer may hand the cart over to one of the customer's buyers
        if (currentCustomer.acting().isPresent()) {
            model.addAttribute("handOverTo", users.buyersOf(currentCart.require().customerId()));
        }
        return CART_VIEW;
    }

    @PostMapping("/cart/lines")
    String add(@RequestParam(defaultValue = "") String sku, @RequestParam(required = false) String qty,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("change", carts.add(currentCart.require(), sku, qty));
        return "redirect:/cart";
    }

    @HxRequest
    @PostMapping("/cart/lines")
    FragmentsRendering addFromPage(@RequestParam(defaultValue = "") String sku, @RequestParam(required = false) String qty,
            Model model) {
        model.addAttribute("change", carts.add(currentCart.require(), sku, qty));
        return withBadge(ADDED_FRAGMENT, model);
    }

    @PostMapping("/cart/lines/{sku}")
    String changeQuantity(@PathVariable String sku, @RequestParam(required = false) String qty, RedirectAttributes redirect) {
        redirect.addFlashAttribute("change", carts.setQuantity(currentCart.require(), sku, qty));
        return "redirect:/cart";
    }

    @HxRequest
    @PostMapping("/cart/lines/{sku}")
    FragmentsRendering changeQuantityInPlace(@PathVariable String sku, @RequestParam(required = false) String qty, Model model) {
        model.addAttribute("change", carts.setQuantity(currentCart.require(), sku, qty));
        model.addAttribute("cart", priced());
        return withBadge(CONTENTS_FRAGMENT, model);
    }

    @PostMapping("/cart/lines/{sku}/remove")
    String remove(@PathVariable String sku, RedirectAttributes redirect) {
        carts.remove(currentCart.require(), sku).ifPresent(removed -> redirect.addFlashAttribute("removed", removed));
        return "redirect:/cart";
    }

    /** The line's place is taken by a notice that says what went, with Undo; focus moves there (autofocus). */
    @HxRequest
    @PostMapping("/cart/lines/{sku}/remove")
    FragmentsRendering removeInPlace(@PathVariable String sku, Model model) {
        carts.remove(currentCart.require(), sku).ifPresent(removed -> model.addAttribute("removed", removed));
        model.addAttribute("cart", priced());
        return withBadge(CONTENTS_FRAGMENT, model);
    }

    private CartView priced() {
        Carts.Owner owner = currentCart.require();
        return pricing.price(owner, carts.lines(owner));
    }

    // the navigation's badge goes along out of band, counted after the change
    private FragmentsRendering withBadge(String fragment, Model model) {
        model.addAttribute("oob", true);
        return FragmentsRendering.fragment(fragment).fragment(BADGE_FRAGMENT).build();
    }
}
