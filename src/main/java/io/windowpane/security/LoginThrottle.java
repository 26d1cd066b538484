package io.windowpane.security;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.windowpane.account.EmailAddress;
import io.windowpane.account.SignInLocks;

/**
 * Counts sign-in attempts per account (canonical email) and per client address within a window that every attempt
 * restarts, in PostgreSQL, so that all portal instances count together. An attempt is counted atomically
 * <em>before</em> the password is checked (one upsert per key), so parallel attempts cannot all slip under a limit;
 * a successful sign-in gives its address's attempt back and clears the account's count. An address whose limit is
 * taken up by attempts still being checked, not by failures, waits for them a moment rather than being refused: many
 * people signing in at once behind one address (an office, a proxy) must not lock each other out (the load model
 * found exactly that at 8 sign-ins a second).
 */
@Component
class LoginThrottle implements SignInLocks {

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";
    private static final String ADDRESS_FAILURES = "address-failures:";
    // how long an attempt waits for others from its address to be checked, and how often it looks again
    private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(10);
    private static final Duration IN_FLIGHT_POLL = Duration.ofMillis(50);

    private final LoginThrottleProperties limits;
    private final JdbcClient jdbc;

    LoginThrottle(LoginThrottleProperties limits, JdbcClient jdbc) {
        this.limits = limits;
        this.jdbc = jdbc;
    }

    /** Counts an attempt; false (and nothing counted) when the account or the address has used up its attempts. */
    boolean tryAttempt(String email, String address) {
        String account = account(email);
        if (increment(account) > limits.maxFailuresPerAccount()) {
            decrement(account);
            return false;
        }
        // the address is counted only once the account allows the attempt: refused attempts never inflate it
        if (!reserve(address)) {
            decrement(account);
            return false;
        }
        return true;
    }

    private boolean reserve(String address) {
        String from = address(address);
        long giveUpAt = System.nanoTime() + IN_FLIGHT_WAIT.toNanos();
        while (true) {
            if (increment(from) <= limits.maxFailuresPerAddress()) {
                return true;
            }
            decrement(from);
            if (attempts(failures(address)) >= limits.maxFailuresPerAddress() || System.nanoTime() > giveUpAt) {
                return false;
            }
            try {
                Thread.sleep(IN_FLIGHT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    void succeeded(String email, String address) {
        unlock(email);
        decrement(address(address));
    }

    void failed(String address) {
        increment(failures(address));
    }

    @Override
    public boolean locked(String email) {
        return attempts(account(email)) >= limits.maxFailuresPerAccount();
    }

    private int attempts(String key) {
        return jdbc.sql("select attempts from sign_in_attempt where key = ? and last_attempt_at > now() - make_interval(secs => ?)")
                .params(key, limits.window().toSeconds()).query(Integer.class).optional().orElse(0);
    }

    /** Lifts the account's lock (an admin's decision); the limit per address stays. */
    @Override
    public void unlock(String email) {
        jdbc.sql("delete from sign_in_attempt where key = ?").param(account(email)).update();
    }

    /** Rows whose window has passed count nothing any more. */
    @Scheduled(fixedDelayString = "${windowpane.login-throttle.window:15m}", initialDelayString = "${windowpane.login-throttle.window:15m}")
    void forgetOldAttempts() {
        jdbc.sql("delete from sign_in_attempt where last_attempt_at < now() - make_interval(secs => ?)")
                .param(limits.window().toSeconds()).update();
    }

    private int increment(String key) {
        return jdbc.sql("""
                insert into sign_in_attempt (key, attempts, last_attempt_at) values (:key, 1, now())
                on conflict (key) do update set last_attempt_at = now(), attempts = case
                    when sign_in_attempt.last_attempt_at < now() - make_interval(secs => :window) then 1
                    else sign_in_attempt.attempts + 1 end
                returning attempts""").param("key", key).param("window", limits.window().toSeconds())
                .query(Integer.class).single();
    }

    private void decrement(String key) {
        jdbc.sql("update sign_in_attempt set attempts = attempts - 1 where key = ? and attempts > 0").param(key).update();
    }

    private static String failures(String address) {
        return ADDRESS_FAILURES + address;
    }

    private static String account(String email) {
        return ACCOUNT + EmailAddress.canonical(email);
    }

    private static String address(String address) {
        return ADDRESS + (address == null ? "" : address);
    }
}
