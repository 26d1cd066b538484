package io.windowpane.erp;

/** The ERP answered something that cannot be read as the contract says; treated like an outage. */
public class ErpMalformedResponseException extends ErpUnavailableException {

    public ErpMalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
