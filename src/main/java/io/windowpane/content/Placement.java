package io.windowpane.content;

/** Where on a buyer's pages a banner shows. */
public enum Placement {
    HOME, CATALOG
}
