package io.windowpane.acting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code windowpane.acting.*}.
 *
 * @param idleTimeout acting for a customer ends after this long without a request from the rep
 */
@ConfigurationProperties("windowpane.acting")
record ActingProperties(@DefaultValue("10m") Duration idleTimeout) {
}
