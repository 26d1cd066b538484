package io.windowpane.acting;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import io.windowpane.account.ActingContext;
import io.windowpane.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** Signing out ends acting, on the record, before the session goes. */
@Component
class ActingLogout implements LogoutHandler {

    private final Acting acting;

    ActingLogout(Acting acting) {
        this.acting = acting;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && session.getAttribute(ActingContext.SESSION_ATTRIBUTE) instanceof ActingContext context) {
            acting.end(request, user, context, Acting.Ending.SIGNED_OUT);
        }
    }
}
