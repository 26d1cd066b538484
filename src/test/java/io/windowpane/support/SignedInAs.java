package io.windowpane.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.windowpane.account.PortalUsers;
import io.windowpane.account.SignedInUser;

/** A MockMvc request as a given portal user, loaded the way sign-in loads them. */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static RequestPostProcessor user(PortalUsers users, String email) {
        SignedInUser user = users.loadUserByUsername(email);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
