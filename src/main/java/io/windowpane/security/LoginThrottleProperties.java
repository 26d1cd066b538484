package io.windowpane.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed sign-ins tolerated within a window before further attempts are refused ({@code windowpane.login-throttle.*}).
 *
 * @param maxFailuresPerAccount failures for one email within the window
 * @param maxFailuresPerAddress failures from one client address within the window
 * @param window how long failures are remembered, and so how long a lock lasts at most
 */
@ConfigurationProperties("windowpane.login-throttle")
record LoginThrottleProperties(@DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration window) {
}
