package io.windowpane.erp;

/** A catalog search: free text and category are optional; pages are numbered from 1. */
public record ItemQuery(String text, String category, int page, int size) {
}
