package io.windowpane.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The ERP customer the current request works for. Every customer-scoped feature asks this, never the user
 * directly: a buyer is bound to one customer; a sales rep acting for a customer will plug in here.
 */
@Component
public class CurrentCustomer {

    /** The customer id, if the signed-in user works for one right now. */
    public Optional<String> id() {
        return currentUser().map(SignedInUser::erpCustomerId);
    }

    public Optional<SignedInUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }
}
