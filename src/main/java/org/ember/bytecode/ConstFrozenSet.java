package org.ember.bytecode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A frozenset constant: what the compiler folds a constant set display into before {@code in}
 * or iteration ({@code x in {1, 2}}). Items keep the order they were written in, without
 * duplicates under Python's equality (1, 1.0 and True are one element); equality of two sets
 * ignores order.
 */
public record ConstFrozenSet(List<Object> items) {
    public ConstFrozenSet {
        List<Object> distinct = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Object item : items) {
            if (seen.add(pythonKey(item))) distinct.add(item);
        }
        items = List.copyOf(distinct);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConstFrozenSet set && keys().equals(set.keys());
    }

    @Override
    public int hashCode() {
        return keys().hashCode();
    }

    private Set<Object> keys() {
        Set<Object> keys = new HashSet<>();
        for (Object item : items) keys.add(pythonKey(item));
        return keys;
    }

    /** Numbers that Python considers equal (True == 1 == 1.0) share one key. */
    private static Object pythonKey(Object item) {
        if (item instanceof Boolean b) return BigInteger.valueOf(b ? 1 : 0);
        if (item instanceof Long l) return BigInteger.valueOf(l);
        if (item instanceof Double d && !d.isInfinite() && d == Math.rint(d)) {
            return new java.math.BigDecimal(d).toBigInteger();
        }
        return item;
    }
}
