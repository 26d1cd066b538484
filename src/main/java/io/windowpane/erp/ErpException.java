package io.windowpane.erp;

/** Anything that went wrong talking to the ERP. */
public abstract class ErpException extends RuntimeException {

    protected ErpException(String message, Throwable cause) {
        super(message, cause);
    }
}
