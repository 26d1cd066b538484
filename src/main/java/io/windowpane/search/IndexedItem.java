package io.windowpane.search;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the index keeps of an item: only what search needs. {@code position} is the item's place in the ERP's
 * own listing, the order of a search without words.
 */
record IndexedItem(String sku, String name, String category, String categoryName, boolean discontinued,
        String marketingText, long position) {

    /** The words besides the name that find the item: its SKU, its category's name, the portal's marketing text. */
    String searchableText() {
        return Stream.of(sku, categoryName, marketingText).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
