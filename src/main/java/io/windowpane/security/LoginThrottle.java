package io.windowpane.security;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.windowpane.account.EmailAddress;
import io.windowpane.account.SignInLocks;

/**
 * Counts sign-in attempts per account (canonical email) and per client address within a window (Caffeine
 * expiry, restarted by every attempt). An attempt is counted atomically <em>before</em> the password is
 * checked, so parallel attempts cannot all slip under the limit; a successful sign-in gives its attempt back
 * and clears the account's count.
 */
@Component
class LoginThrottle implements SignInLocks {

    private final Cache<String, Integer> attemptsByAccount;
    private final Cache<String, Integer> attemptsByAddress;
    private final LoginThrottleProperties limits;

    LoginThrottle(LoginThrottleProperties limits) {
        this.limits = limits;
        this.attemptsByAccount = Caffeine.newBuilder().expireAfterWrite(limits.window()).maximumSize(100_000).build();
        this.attemptsByAddress = Caffeine.newBuilder().expireAfterWrite(limits.window()).maximumSize(100_000).build();
    }

    /** Counts an attempt; false (and nothing counted) when the account or the address has used up its attempts. */
    boolean tryAttempt(String email, String address) {
        String account = EmailAddress.canonical(email);
        boolean accountAllowed = increment(attemptsByAccount, account) <= limits.maxFailuresPerAccount();
        boolean addressAllowed = increment(attemptsByAddress, address) <= limits.maxFailuresPerAddress();
        if (accountAllowed && addressAllowed) {
            return true;
        }
        decrement(attemptsByAccount, account);
        decrement(attemptsByAddress, address);
        return false;
    }

    void succeeded(String email, String address) {
        attemptsByAccount.invalidate(EmailAddress.canonical(email));
        decrement(attemptsByAddress, address);
    }

    @Override
    public boolean locked(String email) {
        Integer attempts = attemptsByAccount.getIfPresent(EmailAddress.canonical(email));
        return attempts != null && attempts >= limits.maxFailuresPerAccount();
    }

    /** Lifts the account's lock (an admin's decision); the limit per address stays. */
    @Override
    public void unlock(String email) {
        attemptsByAccount.invalidate(EmailAddress.canonical(email));
    }

    private static int increment(Cache<String, Integer> cache, String key) {
        return cache.asMap().merge(key == null ? "" : key, 1, Integer::sum);
    }

    private static void decrement(Cache<String, Integer> cache, String key) {
        cache.asMap().computeIfPresent(key == null ? "" : key, (k, count) -> count <= 1 ? null : count - 1);
    }
}
