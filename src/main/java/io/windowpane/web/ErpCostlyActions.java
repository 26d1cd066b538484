package io.windowpane.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.windowpane.account.CurrentCustomer;
import io.windowpane.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Actions that make the ERP work (adding to the cart, quick order, reorder, checkout) are limited per signed-in
 * person with a token bucket (Bucket4j), so one account cannot flood the ERP; past the limit the person gets a
 * page (429) saying when to try again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ErpCostlyActions.Limits.class)
class ErpCostlyActions implements WebMvcConfigurer {

    static final String VIEW = "error/429";

    /**
     * {@code windowpane.rate-limit.*}.
     *
     * @param erpActionsPerMinute ERP-costly actions one person may take per minute (bursts up to this many)
     */
    @ConfigurationProperties("windowpane.rate-limit")
    record Limits(@DefaultValue("60") int erpActionsPerMinute) {
    }

    private final CurrentCustomer currentCustomer;
    private final Limits limits;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    ErpCostlyActions(CurrentCustomer currentCustomer, Limits limits) {
        this.currentCustomer = currentCustomer;
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Limiter()).addPathPatterns("/cart/lines", "/cart/quick-order", "/orders/*/reorder",
                "/checkout");
    }

    private final class Limiter implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
            SignedInUser user = currentCustomer.currentUser().orElse(null);
            if (!"POST".equals(request.getMethod()) || user == null) {
                return true;
            }
            ConsumptionProbe probe = buckets.get(user.id(), id -> newBucket()).tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return true;
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
            response.setHeader("Retry-After", String.valueOf(seconds));
            throw new TooFast(seconds);
        }
    }

    /** Past the limit: answered by {@link #tooFast} with the 429 page. */
    static final class TooFast extends RuntimeException {
        private final long retryAfterSeconds;

        TooFast(long retryAfterSeconds) {
            super("Too many ERP-costly actions; retry after " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    @ControllerAdvice
    static class TooFastPage {
        @ExceptionHandler(TooFast.class)
        @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
        ModelAndView tooFast(TooFast e) {
            return new ModelAndView(VIEW, "retryAfterSeconds", e.retryAfterSeconds);
        }
    }

    private Bucket newBucket() {
        int perMinute = limits.erpActionsPerMinute();
        return Bucket.builder().addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
