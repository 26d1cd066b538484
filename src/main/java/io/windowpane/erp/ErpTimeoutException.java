package io.windowpane.erp;

/**
 * The ERP did not answer in time. For a write the outcome is unknown: it may have been applied, so retry only
 * with the same idempotency key.
 */
public class ErpTimeoutException extends ErpUnavailableException {

    public ErpTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
