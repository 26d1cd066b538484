package io.windowpane.cart;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;

/** The cart of the current request: the current customer's, for the signed-in person. */
@Component
class CurrentCart {

    private final CurrentCustomer currentCustomer;

    CurrentCart(CurrentCustomer currentCustomer) {
        this.currentCustomer = currentCustomer;
    }

    Optional<Carts.Owner> owner() {
        Optional<SignedInUser> user = currentCustomer.currentUser();
        return currentCustomer.id().flatMap(customerId -> user.map(u -> new Carts.Owner(customerId, u.id())));
    }

    Carts.Owner require() {
        return owner().orElseThrow(() -> new IllegalStateException("No customer to buy for"));
    }
}
