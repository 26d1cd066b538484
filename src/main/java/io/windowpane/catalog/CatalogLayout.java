package io.windowpane.catalog;

import java.util.Arrays;

/** Cards with images, or compact rows a buyer scans and orders from quickly; the choice is remembered. */
public enum CatalogLayout {
    GRID, LIST;

    static final String COOKIE = "wp-catalog-view";

    static CatalogLayout of(String typed, CatalogLayout otherwise) {
        return Arrays.stream(values()).filter(layout -> layout.name().equalsIgnoreCase(typed == null ? "" : typed.strip()))
                .findFirst().orElse(otherwise);
    }
}
