package io.windowpane.web;

import java.util.Optional;

/** A quantity as a person types it: a whole number from 1 to {@link #MAX}; anything else is not a quantity. */
public final class QuantityInput {

    public static final int MAX = 1_000_000;

    private QuantityInput() {
    }

    public static Optional<Integer> parse(String typed) {
        if (typed == null || !typed.strip().matches("\\d{1,7}")) {
            return Optional.empty();
        }
        int qty = Integer.parseInt(typed.strip());
        return qty >= 1 && qty <= MAX ? Optional.of(qty) : Optional.empty();
    }
}
