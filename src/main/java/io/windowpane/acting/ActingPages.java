package io.windowpane.acting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;

import io.windowpane.web.LayoutModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The answers when acting ended under a request, or a form came from a page for another customer. */
@ControllerAdvice
class ActingPages {

    static final String STALE_VIEW = "acting/stale";
    static final String STALE_FRAGMENT = "acting/stale :: notice";

    private final LayoutModel layout;

    ActingPages(LayoutModel layout) {
        this.layout = layout;
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
        layout.addTo(page.getModelMap(), request);
        if (request.getHeader("HX-Request") != null) {
            // htmx swaps only successful answers: this one replaces the page's main content with the notice
            page.setViewName(STALE_FRAGMENT);
            page.setStatus(HttpStatus.OK);
            response.setHeader("HX-Retarget", "#main");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        return page;
    }
}
