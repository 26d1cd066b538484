package io.windowpane.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/** Every entry a paged ERP list holds, read page by page up to a bound: for an export, never for a page view. */
public final class ErpPages {

    private ErpPages() {
    }

    /**
     * @param read       the page with that number (from 1)
     * @param entries    a page's entries
     * @param pageCount  how many pages the ERP says there are
     */
    public static <P, T> List<T> upTo(int max, IntFunction<P> read, Function<P, List<T>> entries, ToIntFunction<P> pageCount) {
        List<T> all = new ArrayList<>();
        for (int page = 1; all.size() < max; page++) {
            P found = read.apply(page);
            all.addAll(entries.apply(found));
            if (page >= pageCount.applyAsInt(found)) {
                break;
            }
        }
        return all.size() > max ? List.copyOf(all.subList(0, max)) : all;
    }
}
