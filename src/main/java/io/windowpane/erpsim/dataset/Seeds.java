package io.windowpane.erpsim.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Deterministic pseudo-random values derived from the dataset seed and a key, so that any value (a contract
 * price, a stock level) can be computed on demand, identically on every machine, without storing it.
 */
final class Seeds {

    private final long seed;

    Seeds(long seed) {
        this.seed = seed;
    }

    /** A well-mixed 64-bit value for (seed, key, salt); String.hashCode is specified, so this is portable. */
    long hash(String key, int salt) {
        return mix(seed ^ mix(key.hashCode() * 0x9E3779B97F4A7C15L + salt));
    }

    /** A value in [0, bound). */
    int below(String key, int salt, int bound) {
        return (int) Math.floorMod(hash(key, salt), (long) bound);
    }

    /** A value in [min, max]. */
    int between(String key, int salt, int min, int max) {
        return min + below(key, salt, max - min + 1);
    }

    /** True with the given percentage. */
    boolean percent(String key, int salt, int percentage) {
        return below(key, salt, 100) < percentage;
    }

    <T> T pick(String key, int salt, List<T> choices) {
        return choices.get(below(key, salt, choices.size()));
    }

    /** A money amount in [min, max] with two decimals. */
    BigDecimal amount(String key, int salt, double min, double max) {
        long cents = Math.round(min * 100) + below(key, salt, (int) Math.round((max - min) * 100) + 1);
        return BigDecimal.valueOf(cents, 2);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    // SplitMix64 finaliser.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
