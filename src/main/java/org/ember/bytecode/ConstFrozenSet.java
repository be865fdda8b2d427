package org.ember.bytecode;

import java.util.List;
import java.util.Set;

/**
 * A frozenset constant: what the compiler folds a constant set display into before {@code in}
 * or iteration ({@code x in {1, 2}}). Items keep the order they were written in; equality
 * ignores order, as for a Python frozenset.
 */
public record ConstFrozenSet(List<Object> items) {
    public ConstFrozenSet {
        items = List.copyOf(items);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConstFrozenSet set && Set.copyOf(items).equals(Set.copyOf(set.items));
    }

    @Override
    public int hashCode() {
        return Set.copyOf(items).hashCode();
    }
}
