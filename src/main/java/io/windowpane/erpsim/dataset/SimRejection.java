package io.windowpane.erpsim.dataset;

import java.util.Map;

/** The ERP refuses a request; becomes {@code {"code", "message", "details"}} with the given HTTP status. */
public class SimRejection extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public SimRejection(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public SimRejection(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    static SimRejection notFound(String what, String key) {
        return new SimRejection(404, "NOT_FOUND", what + " " + key + " does not exist", Map.of("key", key));
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
