package io.windowpane.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import io.windowpane.account.ActingContext;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.Role;
import io.windowpane.audit.AuditLog;
import jakarta.servlet.http.HttpSession;

/**
 * Who may reach what (ARCHITECTURE.md §6 and §7). Roles are checked on the server for every request,
 * fragments included; everything not listed needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle, AuditLog audit,
            List<LogoutHandler> logoutHandlers, CurrentCustomer currentCustomer, @Value("${windowpane.metrics.scrape-token:}") String scrapeToken) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/set-password", "/error", "/assets/**", "/webjars/**", "/favicon.ico",
                        "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/erp/events").permitAll()
                .requestMatchers("/actuator/prometheus").access(new ScrapeAccess(scrapeToken))
                .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/rep/acting", "/rep/acting/**").hasAnyRole(Role.SALES_REP.name(), Role.ADMIN.name())
                .requestMatchers("/rep", "/rep/**").hasRole(Role.SALES_REP.name())
                .requestMatchers("/account/activity").hasRole(Role.BUYER.name())
                .requestMatchers("/catalog", "/catalog/**", "/products/**", "/cart", "/cart/**", "/checkout",
                        "/checkout/**", "/orders", "/orders/**", "/lists", "/lists/**", "/invoices", "/invoices/**",
                        "/account/statement", "/account/statement/**").access(BUYER_OR_ACTING)
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(SIGN_IN_FAILED).permitAll())
            .logout(logout -> {
                logoutHandlers.forEach(logout::addLogoutHandler);
                logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout");
            })
            // ERP webhooks are authenticated by their HMAC signature, not by a session. The token lives in a
            // cookie, not the session, so an anonymous view of the sign-in page creates no session row.
            .csrf(csrf -> csrf.ignoringRequestMatchers("/erp/events").csrfTokenRepository(csrfTokens()))
            // sign-in always lands on the home page, so no request is saved (and no session made) for it
            .requestCache(cache -> cache.requestCache(new NullRequestCache()))
            .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
            // nothing asks the request who signed in (code reads the SecurityContext); without this wrapper each of a
            // page's thousands of template variable look-ups (request attributes) passes one wrapper fewer
            .servletApi(servletApi -> servletApi.disable())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
            // an htmx request from an expired session reloads the page (and so the login) instead of swapping it in
            .exceptionHandling(errors -> errors.accessDeniedHandler(new NoLongerActing()).authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint("/login"), new RequestMatcherEntry<>(
                    new RequestHeaderRequestMatcher("HX-Request"), new HxRefreshHeaderAuthenticationEntryPoint()))))
            .addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
            .addFilterAfter(new LogContextFilter(currentCustomer), AuthorizationFilter.class);
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /**
     * A failed sign-in goes back to the form; a right password that an admin has required to be replaced says so
     * (only someone who knows the password learns it). Every other failure reads the same.
     */
    private static final AuthenticationFailureHandler SIGN_IN_FAILED = new ExceptionMappingAuthenticationFailureHandler() {
        {
            setDefaultFailureUrl("/login?error");
            setExceptionMappings(Map.of(CredentialsExpiredException.class.getName(), "/login?resetRequired"));
        }
    };

    /** A buyer, or a rep or admin whose session acts for a customer (ARCHITECTURE.md §6). */
    private static final AuthorizationManager<RequestAuthorizationContext> BUYER_OR_ACTING = (authentication, context) -> {
        Authentication who = authentication.get();
        boolean buyer = who != null && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.BUYER.authority()));
        HttpSession session = context.getRequest().getSession(false);
        boolean acting = who != null && who.isAuthenticated() && !buyer && session != null
                && session.getAttribute(ActingContext.SESSION_ATTRIBUTE) != null;
        return new AuthorizationDecision(buyer || acting);
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
