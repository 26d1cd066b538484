package io.windowpane.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.web.util.UriComponentsBuilder;

import io.windowpane.account.ActingContext;
import io.windowpane.account.Role;
import io.windowpane.account.SignedInUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A rep or admin who sends a form from a page they saw while acting, after acting ended (Exit in another tab, the
 * idle time-out), is refused like anyone else, but told why: they go back to their workspace, which says that
 * nothing was changed for the customer. Every other refusal is the plain 403 page.
 */
class NoLongerActing implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String formCustomer = ActingContext.formCustomer(request);
        // still acting: the route is simply not theirs (a rep's form never reaches an admin screen)
        boolean stillActing = request.getSession(false) != null
                && request.getSession(false).getAttribute(ActingContext.SESSION_ATTRIBUTE) != null;
        if (formCustomer == null || stillActing || !(SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user)
                || user.is(Role.BUYER)) {
            forbidden.handle(request, response, denied);
            return;
        }
        String workspace = UriComponentsBuilder.fromPath(user.is(Role.ADMIN) ? "/admin" : "/rep/customers")
                .queryParam("notActing", formCustomer).encode().build().toUriString();
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + workspace);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + workspace);
    }
}
