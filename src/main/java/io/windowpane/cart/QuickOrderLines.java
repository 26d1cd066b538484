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
 * reason; nothing is dropped silently. A SKU on a second line is reported as a duplicate of the first.
 */
final class QuickOrderLines {

    /** Most lines one quick order takes. */
    static final int MAX_LINES = 5_000;

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\\t]\\s*");
    private static final Pattern HEADER = Pattern.compile("(?i)\\s*\"?(sku|item|article)\"?\\s*[,;\\t].*");

    /** Why a line was not taken. */
    enum Reason {
        NOT_SKU_AND_QUANTITY, INVALID_QUANTITY, DUPLICATE, UNKNOWN_SKU, DISCONTINUED, TOO_MANY_LINES, CART_FULL
    }

    /** A usable line: where it came from, the SKU and the quantity. */
    record Good(int lineNo, String sku, int quantity) {
    }

    /** A line that was not taken, with what it said and why. */
    record Bad(int lineNo, String text, Reason reason) {
    }

    record Parsed(List<Good> good, List<Bad> bad) {
    }

    private QuickOrderLines() {
    }

    static Parsed parse(String text) {
        List<Good> good = new ArrayList<>();
        List<Bad> bad = new ArrayList<>();
        Map<String, Integer> firstLineOfSku = new LinkedHashMap<>();
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
            if (qty.isEmpty()) {
                bad.add(new Bad(lineNo, line, Reason.INVALID_QUANTITY));
            } else if (firstLineOfSku.putIfAbsent(sku, lineNo) != null) {
                bad.add(new Bad(lineNo, line, Reason.DUPLICATE));
            } else {
                good.add(new Good(lineNo, sku, qty.get()));
            }
        }
        return new Parsed(good, bad);
    }
}
