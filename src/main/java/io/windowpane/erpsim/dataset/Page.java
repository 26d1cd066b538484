package io.windowpane.erpsim.dataset;

import java.util.List;
import java.util.stream.Stream;

/** One page of a filtered list; pages are numbered from 1. */
public record Page<T>(List<T> content, int page, int size, long total) {

    static <T> Page<T> of(Stream<T> matches, int page, int size) {
        List<T> all = matches.toList();
        int from = (int) Math.min((long) (page - 1) * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }
}
