package io.windowpane.erp;

import java.util.Map;

/**
 * The ERP understood the request and refused it, with its code (e.g. {@code CREDIT_LIMIT_EXCEEDED},
 * {@code DUPLICATE_PO}) and details. Retrying the same request gives the same answer.
 */
public class ErpRejectedException extends ErpException {

    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public ErpRejectedException(int status, String code, String message, Map<String, Object> details) {
        super(message, null);
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
