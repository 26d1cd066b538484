package io.windowpane.erp.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;

/**
 * About how many heap bytes a cached ERP value holds, so that each cache is bounded by memory rather than by a count
 * of entries whose size varies (an item with a long description, a price with ten breaks). Walks the canonical
 * records the way a 64-bit JVM with compressed references lays them out: 12-byte headers, 4-byte references,
 * 8-byte alignment; strings and collections by their length. Shared values (enums, currencies) cost nothing.
 * {@code FootprintTest} holds it to the heap actually used by real values of each cached type.
 */
final class Footprint {

    private static final int HEADER = 12;
    private static final int REFERENCE = 4;
    private static final int MAX_DEPTH = 8;

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private Footprint() {
    }

    /** The estimated bytes of this value and everything it alone refers to. */
    static long of(Object value) {
        return of(value, 0);
    }

    private static long of(Object value, int depth) {
        if (value == null || value instanceof Enum<?> || value instanceof Currency || value instanceof Boolean
                || depth > MAX_DEPTH) {
            return 0;
        }
        if (value instanceof String text) {
            // the String object (header, hash, coder, array reference) and its byte array (Latin-1 or UTF-16)
            boolean latin1 = text.chars().allMatch(c -> c < 256);
            return align(HEADER + 12) + align(16 + (long) text.length() * (latin1 ? 1 : 2));
        }
        if (value instanceof BigDecimal decimal) {
            return align(HEADER + 4 + 4 + 4 + 8) + (decimal.unscaledValue().bitLength() > 63 ? bigInteger(decimal.unscaledValue()) : 0);
        }
        if (value instanceof BigInteger integer) {
            return bigInteger(integer);
        }
        if (value instanceof Instant || value instanceof Long || value instanceof Double) {
            return align(HEADER + 12);
        }
        if (value instanceof LocalDate || value instanceof Integer) {
            return align(HEADER + 8);
        }
        if (value instanceof URI uri) {
            // a parsed URI keeps its whole text and its parts
            return align(HEADER + 10 * REFERENCE + 8) + 2 * of(uri.toString(), depth + 1);
        }
        if (value instanceof Collection<?> collection) {
            long bytes = align(HEADER + 12) + align(16 + (long) REFERENCE * collection.size());
            for (Object element : collection) {
                bytes += of(element, depth + 1);
            }
            return bytes;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = align(HEADER + 24) + align(16 + (long) REFERENCE * map.size() * 2) + 32L * map.size();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += of(entry.getKey(), depth + 1) + of(entry.getValue(), depth + 1);
            }
            return bytes;
        }
        if (value.getClass().isRecord()) {
            return record(value, depth);
        }
        return align(HEADER + 4);
    }

    private static long record(Object value, int depth) {
        long shallow = HEADER;
        long referenced = 0;
        for (RecordComponent component : COMPONENTS.get(value.getClass())) {
            Class<?> type = component.getType();
            if (type.isPrimitive()) {
                shallow += type == long.class || type == double.class ? 8 : 4;
                continue;
            }
            shallow += REFERENCE;
            try {
                referenced += of(component.getAccessor().invoke(value), depth + 1);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return align(shallow) + referenced;
    }

    private static long bigInteger(BigInteger integer) {
        return align(HEADER + 4 * 4 + REFERENCE) + align(16 + 4L * ((integer.bitLength() + 31) / 32));
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
