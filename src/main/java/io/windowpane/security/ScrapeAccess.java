package io.windowpane.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import io.windowpane.account.Role;

/**
 * Who may read the operators' metrics ({@code /actuator/prometheus}): a scraper presenting the configured token
 * ({@code Authorization: Bearer <windowpane.metrics.scrape-token>}), or a signed-in admin. Without a token
 * configured, admins only.
 */
final class ScrapeAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager.hasRole(Role.ADMIN.name());

    ScrapeAccess(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader("Authorization");
        if (token != null && header != null && header.startsWith(BEARER)
                && MessageDigest.isEqual(token, header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8))) {
            return new AuthorizationDecision(true);
        }
        return admin.authorize(authentication, context);
    }
}
