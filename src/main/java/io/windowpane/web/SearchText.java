package io.windowpane.web;

/**
 * Text typed into a search box, trimmed and cut to the box's {@code maxlength} (a pasted essay, or a request
 * made without the form, is searched by its start rather than refused or sent whole to the ERP).
 */
public final class SearchText {

    /** The catalog search box's maxlength. */
    public static final int CATALOG_MAX = 100;

    /** The order-number search box's maxlength. */
    public static final int ORDERS_MAX = 40;

    private SearchText() {
    }

    public static String of(String typed, int maxLength) {
        String text = typed == null ? "" : typed.strip();
        return text.length() > maxLength ? text.substring(0, maxLength).strip() : text;
    }
}
