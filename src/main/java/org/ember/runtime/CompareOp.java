package org.ember.runtime;

/** The six rich comparisons, in CPython's Py_LT..Py_GE order. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"),
    NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operation to try on the right operand: a < b is b > a. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT; case LE -> GE; case EQ -> EQ;
            case NE -> NE; case GT -> LT; case GE -> LE;
        };
    }

    /** Applies the operation to the sign of a three-way comparison. */
    public boolean holds(int cmp) {
        return switch (this) {
            case LT -> cmp < 0; case LE -> cmp <= 0; case EQ -> cmp == 0;
            case NE -> cmp != 0; case GT -> cmp > 0; case GE -> cmp >= 0;
        };
    }

    /** The result of {@code ==} or {@code !=} (this op) for objects that are equal or not. */
    public PyBool ofEquality(boolean equal) {
        return PyBool.of(this == EQ ? equal : !equal);
    }
}
