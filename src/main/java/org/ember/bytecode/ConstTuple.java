package org.ember.bytecode;

import java.util.List;

/**
 * A tuple constant in a code object's constants (co_consts): what the compiler folds
 * {@code (1, 2)} into, keyword-name tuples for CALL_KW, import fromlists. Elements are constant
 * values of the kinds {@link RawCode} lists. Equality is element-wise with Java's {@code equals},
 * which keeps CPython's distinctions (1, 1.0 and True are different constants).
 */
public record ConstTuple(List<Object> items) {
    public ConstTuple {
        items = List.copyOf(items);
    }

    public static ConstTuple of(Object... items) {
        return new ConstTuple(List.of(items));
    }

    public int size() {
        return items.size();
    }
}
