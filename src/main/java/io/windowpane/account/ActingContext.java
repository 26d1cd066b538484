package io.windowpane.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A sales rep (or an admin, for support) acting for an ERP customer: which customer, why, and since when. Kept
 * in the HTTP session under {@link #SESSION_ATTRIBUTE}; holds the customer's id only, never its ERP data.
 */
public record ActingContext(String customerId, Reason reason, String note, Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute the context lives in. */
    public static final String SESSION_ATTRIBUTE = "windowpane.acting";

    /** The form field, and for htmx the header, that names the customer a page was rendered for. */
    public static final String FORM_FIELD = "actingFor";
    public static final String FORM_HEADER = "X-Acting-For";

    /** The customer a state-changing request says its page was rendered for, or null when it says none. */
    public static String formCustomer(HttpServletRequest request) {
        String field = request.getParameter(FORM_FIELD);
        return field != null ? field : request.getHeader(FORM_HEADER);
    }

    /** Why the rep acts for the customer; {@code OTHER} needs a note. */
    public enum Reason {
        PHONE_ORDER, ORDER_PROBLEM, ACCOUNT_REVIEW, OTHER
    }
}
