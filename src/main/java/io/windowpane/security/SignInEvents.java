package io.windowpane.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.SignedInUser;
import io.windowpane.audit.AuditLog;

/** Feeds sign-in outcomes to the throttle (successes), the audit log and the user's last-login time. */
@Component
class SignInEvents {

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final PortalUsers users;

    SignInEvents(LoginThrottle throttle, AuditLog audit, PortalUsers users) {
        this.throttle = throttle;
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            throttle.succeeded(user.email(), address(event.getAuthentication()));
            users.recordSignIn(user.id());
            audit.record(user.email(), user.erpCustomerId(), AuditLog.Action.SIGNED_IN, null, address(event.getAuthentication()));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String email = event.getAuthentication().getName();
        String address = address(event.getAuthentication());
        throttle.failed(address);
        audit.record(email, null, AuditLog.Action.SIGN_IN_FAILED, event.getException().getClass().getSimpleName(), address);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            audit.record(user.email(), user.erpCustomerId(), AuditLog.Action.SIGNED_OUT, null, address(event.getAuthentication()));
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
