package io.windowpane.erpsim.api;

import io.windowpane.erpsim.dataset.SimRejection;

/** Page numbers start at 1; a page holds at most 200 entries. */
final class Paging {

    static final int MAX_SIZE = 200;

    private Paging() {
    }

    static int page(int page) {
        if (page < 1) {
            throw new SimRejection(400, "INVALID_PAGE", "Pages are numbered from 1");
        }
        return page;
    }

    static int size(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new SimRejection(400, "INVALID_PAGE_SIZE", "Page size must be between 1 and " + MAX_SIZE);
        }
        return size;
    }
}
