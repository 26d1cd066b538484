package io.windowpane.checkout;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import io.windowpane.cart.Carts;

/**
 * {@code GET /checkout} reviews the cart as the ERP prices it now; {@code POST /checkout} places it;
 * {@code GET /checkout/submissions/{id}} shows where a placed order stands; a rejected one can be put back
 * into the cart with {@code POST /checkout/submissions/{id}/restore}.
 */
@Controller
class CheckoutController {

    static final String REVIEW_VIEW = "checkout/review";
    static final String SUBMISSION_VIEW = "checkout/submission";

    private final Checkout checkout;
    private final SubmissionStore store;
    private final CurrentCustomer currentCustomer;
    private final JdbcClient jdbc;

    CheckoutController(Checkout checkout, SubmissionStore store, CurrentCustomer currentCustomer, JdbcClient jdbc) {
        this.checkout = checkout;
        this.store = store;
        this.currentCustomer = currentCustomer;
        this.jdbc = jdbc;
    }

    @GetMapping("/checkout")
    String review(Model model) {
        Review review = checkout.review(owner());
        if (review == null) {
            return "redirect:/cart";
        }
        CheckoutForm form = new CheckoutForm();
        form.setSubmissionKey(UUID.randomUUID());
        form.setQuotedTotal(review.quote() == null ? null : review.quote().total().amount());
        // an ERP that did not answer for the customer leaves no addresses; the review then says it cannot place yet
        if (review.customer() != null && !review.customer().shipTos().isEmpty()) {
            form.setShipToId(review.customer().shipTos().get(0).id());
        }
        model.addAttribute("checkoutForm", form);
        model.addAttribute("review", review);
        return REVIEW_VIEW;
    }

    @PostMapping("/checkout")
    String place(@Validated @ModelAttribute("checkoutForm") CheckoutForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            Review review = checkout.review(owner());
            if (review == null) {
                return "redirect:/cart";
            }
            model.addAttribute("review", review);
            return REVIEW_VIEW;
        }
        Checkout.Result result;
        try {
            result = checkout.place(owner(), user(), currentCustomer.acting().isPresent(), form);
        } catch (CheckoutBusyException busy) {
            // nothing was placed: back to the review, which says why, to try again once the other checkout is done
            redirect.addFlashAttribute("busy", true);
            return "redirect:/checkout";
        }
        return switch (result.outcome()) {
            case SUBMITTED, ALREADY_SUBMITTED -> "redirect:/checkout/submissions/" + result.submissionId();
            case EMPTY_CART -> "redirect:/cart";
            case UNKNOWN_SHIP_TO -> {
                errors.rejectValue("shipToId", "checkout.shipTo.unknown");
                model.addAttribute("review", result.review());
                yield REVIEW_VIEW;
            }
            case BLOCKED, PRICES_CHANGED -> {
                // a new key and the new total: the buyer confirms again with what the ERP says now
                form.setSubmissionKey(UUID.randomUUID());
                form.setQuotedTotal(result.review().quote() == null ? null : result.review().quote().total().amount());
                model.addAttribute("review", result.review());
                model.addAttribute("pricesChanged", result.outcome() == Checkout.Outcome.PRICES_CHANGED);
                yield REVIEW_VIEW;
            }
        };
    }

    @GetMapping("/checkout/submissions/{id}")
    String submission(@PathVariable long id, Model model) {
        Submission submission = owned(id);
        model.addAttribute("submission", submission);
        model.addAttribute("order", checkout.confirmedOrder(submission));
        return SUBMISSION_VIEW;
    }

    @PostMapping("/checkout/submissions/{id}/restore")
    String restore(@PathVariable long id) {
        Submission submission = owned(id);
        if (submission.status() == Submission.Status.REJECTED) {
            checkout.restore(owner(), submission);
        }
        return "redirect:/cart";
    }

    // another customer's or user's submission is not found, never shown
    private Submission owned(long id) {
        Carts.Owner owner = owner();
        return store.find(jdbc, id).filter(s -> s.customerId().equals(owner.customerId()) && s.userId() == owner.userId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Carts.Owner owner() {
        return new Carts.Owner(currentCustomer.id().orElseThrow(), user().id());
    }

    private SignedInUser user() {
        return currentCustomer.currentUser().orElseThrow();
    }
}
