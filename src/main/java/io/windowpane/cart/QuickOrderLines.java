package io.windowpane.cart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.windowpane.web.QuantityInput;

/**
 * Reads quick-order input: lines of {@code sku,qty} (comma, semicolon or tab, as spreadsheets paste them), an
 * optional header line, blank lines ignored. Every line that cannot be used is kept with its number and
 * reason; nothing is dropped silently. A SKU on several lines is ordered once, with their quantities added
 * together, and the outcome says so.
 */
final class QuickOrderLines {

    /** Most lines one quick order takes. */
    static final int MAX_LINES = 5_000;

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\\t]\\s*");
    private static final Pattern HEADER = Pattern.compile("(?i)\\s*\"?(sku|item|article)\"?\\s*[,;\\t].*");

    /** Why a line was not taken. */
    enum Reason {
        NOT_SKU_AND_QUANTITY, INVALID_QUANTITY, UNKNOWN_SKU, DISCONTINUED, TOO_MANY_LINES, CART_FULL
    }

    /** A usable line: where it came from, the SKU and the quantity. */
    record Good(int lineNo, String sku, int quantity) {
    }

    /** A line that was not taken, with what it said and why. */
    record Bad(int lineNo, String text, Reason reason) {
    }

    /** A SKU that stood on several lines: ordered once, with the quantities added together. */
    record Combined(String sku, List<Integer> lineNos, int quantity) {
    }

    record Parsed(List<Good> good, List<Bad> bad, List<Combined> combined) {
    }

    private QuickOrderLines() {
    }

    static Parsed parse(String text) {
        List<Good> good = new ArrayList<>();
        List<Bad> bad = new ArrayList<>();
        Map<String, Integer> indexOfSku = new LinkedHashMap<>();
        Map<String, List<Integer>> linesOfSku = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        int overLimit = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip().replace("\"", "");
            if (line.isEmpty() || (lineNo == 1 && HEADER.matcher(line).matches())) {
                continue;
            }
            // past the limit every line is still returned, with its reason, never dropped
            if (good.size() + bad.size() - overLimit >= MAX_LINES) {
                bad.add(new Bad(lineNo, line, Reason.TOO_MANY_LINES));
                overLimit++;
                continue;
            }
            String[] fields = SEPARATOR.split(line);
            if (fields.length != 2 || fields[0].isBlank()) {
                bad.add(new Bad(lineNo, line, Reason.NOT_SKU_AND_QUANTITY));
                continue;
            }
            String sku = fields[0].toUpperCase(Locale.ROOT);
            Optional<Integer> qty = QuantityInput.parse(fields[1]);
            Integer earlier = indexOfSku.get(sku);
            if (qty.isEmpty() || (earlier != null && QuantityInput.parse(String.valueOf(
                    (long) good.get(earlier).quantity() + qty.get())).isEmpty())) {
                bad.add(new Bad(lineNo, line, Reason.INVALID_QUANTITY));
            } else if (earlier != null) {
                Good first = good.get(earlier);
                good.set(earlier, new Good(first.lineNo(), sku, first.quantity() + qty.get()));
                linesOfSku.get(sku).add(lineNo);
            } else {
                indexOfSku.put(sku, good.size());
                linesOfSku.put(sku, new ArrayList<>(List.of(lineNo)));
                good.add(new Good(lineNo, sku, qty.get()));
            }
        }
        List<Combined> combined = good.stream().filter(g -> linesOfSku.get(g.sku()).size() > 1)
                .map(g -> new Combined(g.sku(), List.copyOf(linesOfSku.get(g.sku())), g.quantity())).toList();
        return new Parsed(good, bad, combined);
    }
}
