package org.ember.bytecode;

import java.util.Objects;

/** A slice constant ({@code a[1:2]} loads {@code slice(1, 2, None)} as one constant in 3.14). */
public record ConstSlice(Object start, Object stop, Object step) {
    public ConstSlice {
        Objects.requireNonNull(start);
        Objects.requireNonNull(stop);
        Objects.requireNonNull(step);
    }
}
