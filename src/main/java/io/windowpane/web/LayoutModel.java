package io.windowpane.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;

/** What the base layout needs on every page: who is signed in, and for which customer they work. */
@ControllerAdvice
class LayoutModel {

    private final CurrentCustomer currentCustomer;

    LayoutModel(CurrentCustomer currentCustomer) {
        this.currentCustomer = currentCustomer;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        return currentCustomer.currentUser().orElse(null);
    }

    @ModelAttribute("currentCustomerId")
    String currentCustomerId() {
        return currentCustomer.id().orElse(null);
    }
}
