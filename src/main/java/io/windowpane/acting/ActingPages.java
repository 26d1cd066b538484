package io.windowpane.acting;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;

import io.windowpane.account.ActingContext;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import io.windowpane.erp.ErpException;
import io.windowpane.erp.ErpReads;
import io.windowpane.erp.Customer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every page shows while a session acts for a customer (the banner), and the answers when acting ended
 * under a request or a form came from a page for another customer.
 */
@ControllerAdvice
class ActingPages {

    static final String STALE_VIEW = "acting/stale";
    static final String STALE_FRAGMENT = "acting/stale :: notice";

    /**
     * The banner: the customer (its name when the ERP could tell, through the cache), who acts and why, and when
     * acting ends if the rep does nothing more.
     */
    record Banner(String customerId, String customerNumber, String customerName, String actorName, String actorRole,
            ActingContext.Reason reason, String note, long idleSeconds, Instant endsAt) {
    }

    private final CurrentCustomer currentCustomer;
    private final ErpReads reads;
    private final Acting acting;
    private final Clock clock;

    ActingPages(CurrentCustomer currentCustomer, ErpReads reads, Acting acting, Clock clock) {
        this.currentCustomer = currentCustomer;
        this.reads = reads;
        this.acting = acting;
        this.clock = clock;
    }

    @ModelAttribute("actingBanner")
    Banner banner() {
        Optional<ActingContext> context = currentCustomer.acting();
        if (context.isEmpty()) {
            return null;
        }
        SignedInUser user = currentCustomer.currentUser().orElseThrow();
        Customer customer = customer(context.get().customerId());
        long idleSeconds = acting.idleTimeout().toSeconds();
        return new Banner(context.get().customerId(), customer == null ? null : customer.number(),
                customer == null ? null : customer.name(), user.displayName(), user.role().name(), context.get().reason(),
                context.get().note(), idleSeconds, clock.instant().plusSeconds(idleSeconds));
    }

    /** Back to the workspace with the reason; an htmx request is told to load it as a whole page (HX-Redirect). */
    @ExceptionHandler(ActingEndedException.class)
    ModelAndView ended(ActingEndedException ended, HttpServletRequest request) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("actingEnded", ended.ending());
        flash.put("actingEndedFor", ended.customerId());
        return new ModelAndView(request.getHeader("HX-Request") != null ? new HtmxRedirectView(ended.workspace())
                : new RedirectView(ended.workspace(), true));
    }

    @ExceptionHandler(StaleActingFormException.class)
    ModelAndView stale(StaleActingFormException stale, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView page = new ModelAndView(STALE_VIEW, HttpStatus.CONFLICT);
        page.addObject("formCustomerId", stale.formCustomerId());
        page.addObject("actingCustomerId", stale.actingCustomerId());
        page.addObject("actingBanner", banner());
        if (request.getHeader("HX-Request") != null) {
            // htmx swaps only successful answers: this one replaces the page's main content with the notice
            page.setViewName(STALE_FRAGMENT);
            page.setStatus(HttpStatus.OK);
            response.setHeader("HX-Retarget", "#main");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        return page;
    }

    private Customer customer(String customerId) {
        try {
            return reads.customer(customerId).value();
        } catch (ErpException e) {
            return null;
        }
    }
}
