package io.windowpane.account;

/** What a portal user may do: buy for one ERP customer, act for assigned customers, or run the portal. */
public enum Role {
    BUYER, SALES_REP, ADMIN;

    /** The Spring Security authority, e.g. ROLE_BUYER. */
    public String authority() {
        return "ROLE_" + name();
    }
}
