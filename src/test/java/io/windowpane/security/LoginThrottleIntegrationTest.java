package io.windowpane.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.PortalTest;

/**
 * The throttle on the shared test database, with its own small limits; every test uses accounts and addresses of
 * its own, since the counts are shared by every portal instance (and every test context) on the database.
 */
@PortalTest
class LoginThrottleIntegrationTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private JdbcClient jdbc;

    private LoginThrottle throttle;

    @BeforeEach
    void smallLimits() {
        throttle = new LoginThrottle(new LoginThrottleProperties(3, 5, Duration.ofMinutes(15)), jdbc);
    }

    @Test
    void anAttemptOnOneInstanceCountsOnAnother() {
        LoginThrottle other = new LoginThrottle(new LoginThrottleProperties(3, 5, Duration.ofMinutes(15)), jdbc);
        throttle.tryAttempt(email("shared"), address(1));
        other.tryAttempt(email("shared"), address(2));
        throttle.tryAttempt(email("shared"), address(3));

        assertThat(other.tryAttempt(email("shared"), address(4))).isFalse();
        assertThat(other.locked(email("shared"))).isTrue();
    }

    @Test
    void anAccountsCountStartsAgainOnceItsWindowHasPassed() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAttempt(email("old"), address(i));
        }
        jdbc.sql("update sign_in_attempt set last_attempt_at = now() - interval '16 minutes' where key = ?")
                .param("account:" + email("old")).update();

        assertThat(throttle.locked(email("old"))).isFalse();
        assertThat(throttle.tryAttempt(email("old"), address(9))).isTrue();
    }

    private String email(String name) {
        return name + "-" + run + "@throttle.test";
    }

    private String address(int n) {
        return "10." + Math.floorMod(run.hashCode(), 250) + ".0." + n;
    }

    @Test
    void refusesAnAccountsAttemptsAfterTheLimit() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAttempt(email("Buyer"), address(i))).isTrue();
        }

        assertThat(throttle.tryAttempt(email("buyer"), address(99))).isFalse();
        assertThat(throttle.tryAttempt(email("someone"), address(99))).isTrue();
    }

    @Test
    void refusesAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt(email("user" + i), address(7));
            throttle.failed(address(7));
        }

        assertThat(throttle.tryAttempt(email("fresh"), address(7))).isFalse();
        assertThat(throttle.tryAttempt(email("fresh"), address(8))).isTrue();
    }

    @Test
    void manyPeopleSigningInAtOnceFromOneAddressWaitForEachOtherInsteadOfBeingRefused() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAttempt(email("office" + i), address(11))).isTrue();
        }
        // the sixth waits while the first five are still being checked, and gets in once one of them has signed in
        CompletableFuture<Boolean> sixth = CompletableFuture.supplyAsync(() -> throttle.tryAttempt(email("office-late"), address(11)));
        Thread.sleep(200);
        assertThat(sixth).isNotDone();

        throttle.succeeded(email("office0"), address(11));

        assertThat(sixth.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anAddressWhoseFailuresUsedUpItsAttemptsIsRefused() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt(email("spray" + i), address(12));
            throttle.failed(address(12));
        }

        assertThat(throttle.tryAttempt(email("spray-next"), address(12))).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsAttempts() {
        throttle.tryAttempt(email("clears"), address(1));
        throttle.tryAttempt(email("clears"), address(1));
        throttle.tryAttempt(email("clears"), address(1));

        throttle.succeeded(email("clears"), address(1));

        assertThat(throttle.tryAttempt(email("clears"), address(2))).isTrue();
    }

    @Test
    void aUnicodeLookAlikeCountsAgainstTheSameCanonicalAccount() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAttempt("admin-" + run + "@windowpane.test", address(i));
        }

        assertThat(throttle.tryAttempt("ＡＤＭＩＮ-" + run + "@windowpane.test", address(9))).as("full-width letters, NFKC").isFalse();
        assertThat(throttle.tryAttempt(" Admin-" + run + "@Windowpane.TEST ", address(9))).isFalse();
    }

    @Test
    void parallelAttemptsNeverExceedTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger allowed = new AtomicInteger();
        for (int i = 0; i < 40; i++) {
            pool.execute(() -> {
                await(start);
                if (throttle.tryAttempt(email("parallel"), address(1))) {
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
