package io.windowpane.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The ERP customer the current request works for. Every customer-scoped feature asks this, never the user
 * directly: a buyer is bound to one customer; a sales rep or admin works for the customer they act for.
 */
@Component
public class CurrentCustomer {

    /** The customer id, if the signed-in user works for one right now. */
    public Optional<String> id() {
        Optional<SignedInUser> user = currentUser();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        return user.get().is(Role.BUYER) ? Optional.ofNullable(user.get().erpCustomerId()) : acting().map(ActingContext::customerId);
    }

    /** What the signed-in rep or admin acts for in this session, if anything (never for a buyer). */
    public Optional<ActingContext> acting() {
        if (currentUser().filter(user -> !user.is(Role.BUYER)).isEmpty()) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(ActingContext.SESSION_ATTRIBUTE, RequestAttributes.SCOPE_SESSION)
                instanceof ActingContext context ? Optional.of(context) : Optional.empty();
    }

    public Optional<SignedInUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }
}
