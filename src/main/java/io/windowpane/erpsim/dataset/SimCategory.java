package io.windowpane.erpsim.dataset;

/** A product category of the simulated distributor. */
public record SimCategory(String code, String name, String parent) {
}
