package io.windowpane.cart;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.PortalUsers;
import io.windowpane.acting.ActingTrail;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /cart/hand-over}: a rep acting for a customer copies the cart they built into one of the customer's
 * buyers' carts, so the buyer can check it out themselves. Only while acting, and only to a buyer of that customer.
 */
@Controller
class HandOverController {

    private final Carts carts;
    private final CurrentCart currentCart;
    private final CurrentCustomer currentCustomer;
    private final PortalUsers users;

    HandOverController(Carts carts, CurrentCart currentCart, CurrentCustomer currentCustomer, PortalUsers users) {
        this.carts = carts;
        this.currentCart = currentCart;
        this.currentCustomer = currentCustomer;
        this.users = users;
    }

    @PostMapping("/cart/hand-over")
    String handOver(@RequestParam(defaultValue = "0") long buyer, HttpServletRequest request, RedirectAttributes redirect) {
        if (currentCustomer.acting().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Carts.Owner from = currentCart.require();
        PortalUsers.Buyer recipient = users.buyersOf(from.customerId()).stream().filter(b -> b.id() == buyer).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Carts.Request> lines = carts.lines(from).stream()
                .map(line -> new Carts.Request(line.sku(), String.valueOf(line.quantity()))).toList();
        List<Carts.Change> changes = carts.addAll(new Carts.Owner(from.customerId(), recipient.id()), lines);
        long handedOver = changes.stream().filter(Carts.Change::done).count();
        request.setAttribute(ActingTrail.DETAILS, handedOver + " lines to " + recipient.email());
        redirect.addFlashAttribute("handedOver", handedOver);
        redirect.addFlashAttribute("handedOverTo", recipient.displayName());
        redirect.addFlashAttribute("handOverProblems", changes.stream().filter(change -> !change.done()).toList());
        return "redirect:/cart";
    }
}
