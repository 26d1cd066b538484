package io.windowpane.erp;

import java.time.Duration;
import java.util.Optional;

/** The ERP could not answer (down, overloaded, refusing our key): try again later, perhaps after {@link #retryAfter()}. */
public class ErpUnavailableException extends ErpException {

    private final Duration retryAfter;

    public ErpUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public ErpUnavailableException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
