package io.windowpane.erp;

/** How a request id travels to the ERP: the web layer puts it in the logging MDC under this key, adapters send it. */
public final class ErpRequestIds {

    /** The MDC key holding the current request id; adapters send it as {@code X-Request-Id}. */
    public static final String MDC_KEY = "requestId";

    private ErpRequestIds() {
    }
}
