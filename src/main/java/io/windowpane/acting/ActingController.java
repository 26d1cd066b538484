package io.windowpane.acting;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.windowpane.account.ActingContext;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.Role;
import io.windowpane.account.SignedInUser;
import io.windowpane.erp.CustomerSummary;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /rep/acting?customer=} asks why; {@code POST /rep/acting} starts acting for the customer;
 * {@code POST /rep/acting/exit} ends it. A rep may act only for a customer the ERP assigns to them right now: any
 * other customer, existing or not, is 404. An admin may act for any customer the ERP has.
 */
@Controller
class ActingController {

    static final String START_VIEW = "acting/start";

    private final Acting acting;
    private final CurrentCustomer currentCustomer;

    ActingController(Acting acting, CurrentCustomer currentCustomer) {
        this.acting = acting;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/rep/acting")
    String start(@RequestParam(required = false) String customer, Model model) {
        SignedInUser user = user();
        ActingForm form = new ActingForm();
        form.setCustomerId(customer);
        model.addAttribute("actingForm", form);
        if (customer == null || customer.isBlank()) {
            return user.is(Role.ADMIN) ? START_VIEW : "redirect:/rep/customers";
        }
        model.addAttribute("customer", allowed(user, form.getCustomerId(), model).orElse(null));
        return START_VIEW;
    }

    @PostMapping("/rep/acting")
    String begin(@Validated @ModelAttribute("actingForm") ActingForm form, BindingResult errors, Model model,
            HttpServletRequest request) {
        SignedInUser user = user();
        Optional<CustomerSummary> customer = allowed(user, form.getCustomerId(), model);
        model.addAttribute("customer", customer.orElse(null));
        if (customer.isEmpty() || errors.hasErrors()) {
            return START_VIEW;
        }
        acting.start(request, user, customer.get(), form.getReason(), form.getNote());
        return "redirect:/";
    }

    @PostMapping("/rep/acting/exit")
    String exit(HttpServletRequest request, RedirectAttributes redirect) {
        SignedInUser user = user();
        currentCustomer.acting().ifPresent(context -> {
            acting.end(request, user, context, Acting.Ending.EXIT);
            redirect.addFlashAttribute("actingEnded", Acting.Ending.EXIT);
            redirect.addFlashAttribute("actingEndedFor", context.customerId());
        });
        return "redirect:" + ActingEndedException.workspaceOf(user);
    }

    // a rep asking for a customer not assigned to them gets the same 404 as for one that does not exist; an admin,
    // who may act for anyone, is told the ERP has no such customer
    private Optional<CustomerSummary> allowed(SignedInUser user, String customerId, Model model) {
        Optional<CustomerSummary> customer = acting.mayActFor(user, customerId);
        if (customer.isEmpty() && !user.is(Role.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("unknownCustomer", customer.isEmpty() && customerId != null && !customerId.isBlank());
        return customer;
    }

    private SignedInUser user() {
        return currentCustomer.currentUser().orElseThrow();
    }

    @ModelAttribute("reasons")
    ActingContext.Reason[] reasons() {
        return ActingContext.Reason.values();
    }
}
