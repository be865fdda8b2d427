package org.ember.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.ConstComplex;
import org.ember.parser.Ast;

/**
 * The constants of one code unit while the back end works (CPython's consts list plus its
 * const cache): folding appends new values, an equal value already present is reused, and
 * {@link UnusedConsts} finally drops what no instruction loads.
 *
 * <p>Values are compared as CPython's constant keys compare them: by type and value, so 1, 1.0
 * and True stay distinct, and floats compare bit-wise (0.0 and -0.0 differ). Java's
 * {@code equals} on the constant representations gives exactly that once ints are normalized
 * (Long when it fits, BigInteger otherwise).
 */
final class ConstPool {
    private final List<Object> values;
    /** First index of each value, built on the first add (a linear search made folding quadratic). */
    private java.util.HashMap<Object, Integer> indexes;

    ConstPool(List<Object> initial) {
        values = new ArrayList<>(initial.size());
        for (Object value : initial) values.add(normalize(value));
    }

    private java.util.HashMap<Object, Integer> indexes() {
        if (indexes == null) {
            indexes = new java.util.HashMap<>(values.size() * 2);
            for (int i = 0; i < values.size(); i++) {
                // folding never makes a code object: a nested unit's code (whose record hash
                // walks all its fields) can never be found, so it is not indexed
                Object value = values.get(i);
                if (!(value instanceof org.ember.bytecode.RawCode)) indexes.putIfAbsent(value, i);
            }
        }
        return indexes;
    }

    Object get(int index) {
        if (index < 0 || index >= values.size()) {
            throw new CompilerError("constant index " + index + " out of range");
        }
        return values.get(index);
    }

    int size() {
        return values.size();
    }

    /** The index of {@code value}, appending it if no equal constant is present. */
    int add(Object value) {
        Object normalized = normalize(value);
        Integer index = indexes().putIfAbsent(normalized, values.size());
        if (index != null) return index;
        values.add(normalized);
        return values.size() - 1;
    }

    List<Object> values() {
        return values;
    }

    void replaceAll(List<Object> newValues) {
        values.clear();
        values.addAll(newValues);
        indexes = null;
    }

    /** Ints as Long when they fit; a complex with a +0.0 real part as the imaginary literal form. */
    static Object normalize(Object value) {
        if (value instanceof BigInteger big && big.bitLength() < 64) return big.longValue();
        if (value instanceof ConstComplex c && Double.doubleToRawLongBits(c.real()) == 0L) {
            return new Ast.Imaginary(c.imag());
        }
        return value;
    }
}
