package io.windowpane.security;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed sign-ins per account and per client address within a sliding window (Caffeine expiry), and
 * says when either has had too many. A successful sign-in clears the account's count.
 */
@Component
class LoginThrottle {

    private final Cache<String, AtomicInteger> failuresByAccount;
    private final Cache<String, AtomicInteger> failuresByAddress;
    private final LoginThrottleProperties limits;

    LoginThrottle(LoginThrottleProperties limits) {
        this.limits = limits;
        this.failuresByAccount = Caffeine.newBuilder().expireAfterWrite(limits.window()).maximumSize(100_000).build();
        this.failuresByAddress = Caffeine.newBuilder().expireAfterWrite(limits.window()).maximumSize(100_000).build();
    }

    boolean isLocked(String email, String address) {
        return count(failuresByAccount, key(email)) >= limits.maxFailuresPerAccount()
                || count(failuresByAddress, address) >= limits.maxFailuresPerAddress();
    }

    void failed(String email, String address) {
        increment(failuresByAccount, key(email));
        increment(failuresByAddress, address);
    }

    void succeeded(String email) {
        failuresByAccount.invalidate(key(email));
    }

    private static int count(Cache<String, AtomicInteger> cache, String key) {
        AtomicInteger failures = key == null ? null : cache.getIfPresent(key);
        return failures == null ? 0 : failures.get();
    }

    // re-put so that every failure restarts the window
    private static void increment(Cache<String, AtomicInteger> cache, String key) {
        if (key != null) {
            AtomicInteger failures = cache.get(key, k -> new AtomicInteger());
            failures.incrementAndGet();
            cache.put(key, failures);
        }
    }

    private static String key(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
