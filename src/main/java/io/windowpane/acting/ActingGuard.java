package io.windowpane.acting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.FragmentsRendering;

import io.windowpane.account.ActingContext;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Around every request of a session that acts for a customer: ends acting when the rep was idle too long or the
 * ERP no longer assigns them the customer; refuses a form rendered for another customer (a second tab); puts
 * every state-changing action on the record; and sends the banner along with every htmx fragment.
 */
@Configuration(proxyBeanMethods = false)
class ActingGuard implements WebMvcConfigurer {

    static final String BANNER_FRAGMENT = "acting/banner :: banner";

    /** The customer's own pages: what a rep does there is done for the customer. */
    private static final List<String> CUSTOMER_ROUTES = List.of("/", "/catalog", "/catalog/**", "/products/**", "/cart",
            "/cart/**", "/checkout", "/checkout/**", "/orders", "/orders/**", "/lists", "/lists/**");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Acting acting;
    private final ActingTrail trail;
    private final CurrentCustomer currentCustomer;

    ActingGuard(Acting acting, ActingTrail trail, CurrentCustomer currentCustomer) {
        this.acting = acting;
        this.trail = trail;
        this.currentCustomer = currentCustomer;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Lifetime()).addPathPatterns("/**").excludePathPatterns("/rep/acting", "/rep/acting/**",
                "/login", "/logout", "/error", "/assets/**", "/webjars/**", "/erp/events", "/actuator/**");
        registry.addInterceptor(new ForTheCustomer()).addPathPatterns(CUSTOMER_ROUTES);
    }

    /** Ends acting that must end, before anything else is done; marks the session active otherwise. */
    private final class Lifetime implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Optional<ActingContext> context = currentCustomer.acting();
            if (context.isEmpty()) {
                return true;
            }
            SignedInUser user = currentCustomer.currentUser().orElseThrow();
            // an order is about to go out: ask the ERP itself whether the customer is still the rep's
            boolean placing = "POST".equals(request.getMethod()) && "/checkout".equals(request.getServletPath());
            Optional<Acting.Ending> ending = acting.mustEnd(request, user, context.get(), placing);
            if (ending.isPresent()) {
                acting.end(request, user, context.get(), ending.get());
                throw new ActingEndedException(context.get().customerId(), ending.get(), user);
            }
            acting.seen(request);
            return true;
        }

        @Override
        public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                ModelAndView modelAndView) {
            if (modelAndView == null || request.getHeader("HX-Request") == null || currentCustomer.acting().isEmpty()) {
                return;
            }
            // a fragment swapped into a page brings the banner with it (out of band), so it stays true
            if (modelAndView.getView() instanceof FragmentsRendering fragments) {
                modelAndView.setView(FragmentsRendering.fragments(fragments.fragments()).fragment(BANNER_FRAGMENT)
                        .headers(headers -> headers.addAll(fragments.headers())).build());
                modelAndView.addObject("oob", true);
            } else if (modelAndView.getViewName() != null && modelAndView.getViewName().contains("::")) {
                modelAndView.setView(FragmentsRendering.fragment(modelAndView.getViewName()).fragment(BANNER_FRAGMENT).build());
                modelAndView.addObject("oob", true);
            }
        }
    }

    /** On the customer's pages: refuses a form for another customer, and records what was done. */
    private final class ForTheCustomer implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Optional<ActingContext> context = currentCustomer.acting();
            if (context.isEmpty() || SAFE_METHODS.contains(request.getMethod())) {
                return true;
            }
            String formCustomer = ActingContext.formCustomer(request);
            if (!context.get().customerId().equals(formCustomer)) {
                throw new StaleActingFormException(formCustomer, context.get().customerId());
            }
            return true;
        }

        @Override
        public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
            Optional<ActingContext> context = currentCustomer.acting();
            if (context.isPresent() && !SAFE_METHODS.contains(request.getMethod()) && ex == null && response.getStatus() < 400) {
                trail.record(request, response, currentCustomer.currentUser().orElseThrow(), context.get());
            }
        }
    }
}
