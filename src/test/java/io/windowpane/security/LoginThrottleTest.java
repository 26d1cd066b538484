package io.windowpane.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 5, Duration.ofMinutes(15)));

    @Test
    void refusesAnAccountsAttemptsAfterTheLimit() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAttempt("Buyer@Acme.test", "10.0.0." + i)).isTrue();
        }

        assertThat(throttle.tryAttempt("buyer@acme.test", "10.0.0.99")).isFalse();
        assertThat(throttle.tryAttempt("someone@else.test", "10.0.0.99")).isTrue();
    }

    @Test
    void refusesAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt("user" + i + "@acme.test", "10.0.0.7");
        }

        assertThat(throttle.tryAttempt("fresh@acme.test", "10.0.0.7")).isFalse();
        assertThat(throttle.tryAttempt("fresh@acme.test", "10.0.0.8")).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsAttempts() {
        throttle.tryAttempt("buyer@acme.test", "10.0.0.1");
        throttle.tryAttempt("buyer@acme.test", "10.0.0.1");
        throttle.tryAttempt("buyer@acme.test", "10.0.0.1");

        throttle.succeeded("buyer@acme.test", "10.0.0.1");

        assertThat(throttle.tryAttempt("buyer@acme.test", "10.0.0.2")).isTrue();
    }

    @Test
    void aUnicodeLookAlikeCountsAgainstTheSameCanonicalAccount() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAttempt("admin@windowpane.test", "10.0.0." + i);
        }

        assertThat(throttle.tryAttempt("ＡＤＭＩＮ@windowpane.test", "10.0.0.9")).as("full-width letters, NFKC").isFalse();
        assertThat(throttle.tryAttempt(" Admin@Windowpane.TEST ", "10.0.0.9")).isFalse();
    }

    @Test
    void parallelAttemptsNeverExceedTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger allowed = new AtomicInteger();
        for (int i = 0; i < 40; i++) {
            pool.execute(() -> {
                await(start);
                if (throttle.tryAttempt("buyer@acme.test", "10.0.0.1")) {
                    allowed.incrementAndGet();
                }
            });
        }

        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(allowed).hasValue(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
