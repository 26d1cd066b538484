package io.windowpane.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 5, Duration.ofMinutes(15)));

    @Test
    void locksAnAccountAfterTooManyFailures() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("Buyer@Acme.test", "10.0.0." + i);
        }

        assertThat(throttle.isLocked("buyer@acme.test", "10.0.0.99")).isTrue();
        assertThat(throttle.isLocked("someone@else.test", "10.0.0.99")).isFalse();
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@acme.test", "10.0.0.7");
        }

        assertThat(throttle.isLocked("fresh@acme.test", "10.0.0.7")).isTrue();
        assertThat(throttle.isLocked("fresh@acme.test", "10.0.0.8")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        throttle.failed("buyer@acme.test", "10.0.0.1");
        throttle.failed("buyer@acme.test", "10.0.0.1");

        throttle.succeeded("buyer@acme.test");
        throttle.failed("buyer@acme.test", "10.0.0.1");

        assertThat(throttle.isLocked("buyer@acme.test", "10.0.0.2")).isFalse();
    }
}
