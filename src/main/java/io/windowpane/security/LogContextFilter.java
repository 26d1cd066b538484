package io.windowpane.security;

import java.io.IOException;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import io.windowpane.account.CurrentCustomer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts who is signed in ({@code user}, the e-mail) and whose account the request works on ({@code customer}: a
 * buyer's own, or the one a rep or admin acts for) into the logging context, next to the request id; structured
 * log lines carry them. Nothing else about the person is logged.
 */
final class LogContextFilter extends OncePerRequestFilter {

    static final String USER = "user";
    static final String CUSTOMER = "customer";

    private final CurrentCustomer current;

    LogContextFilter(CurrentCustomer current) {
        this.current = current;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        current.currentUser().ifPresent(user -> MDC.put(USER, user.email()));
        current.id().ifPresent(customer -> MDC.put(CUSTOMER, customer));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
            MDC.remove(CUSTOMER);
        }
    }
}
