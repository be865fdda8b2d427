package org.ember.runtime;

/**
 * Binary operators with their special-method names. The order is CPython's NB_* oparg order
 * for BINARY_OP (non-inplace), so the interpreter can index this enum by oparg.
 */
public enum BinOp {
    ADD("+", "add"), AND("&", "and"), FLOORDIV("//", "floordiv"), LSHIFT("<<", "lshift"),
    MATMUL("@", "matmul"), MUL("*", "mul"), MOD("%", "mod"), OR("|", "or"), POW("**", "pow"),
    RSHIFT(">>", "rshift"), SUB("-", "sub"), TRUEDIV("/", "truediv"), XOR("^", "xor");

    public final String symbol;
    /** __add__, the reflected __radd__, the in-place __iadd__. */
    public final String dunder, rdunder, idunder;

    BinOp(String symbol, String stem) {
        this.symbol = symbol;
        this.dunder = "__" + stem + "__";
        this.rdunder = "__r" + stem + "__";
        this.idunder = "__i" + stem + "__";
    }

    /** The in-place operator's symbol, as in "unsupported operand type(s) for +=". */
    public String inplaceSymbol() {
        return symbol + "=";
    }

    private static final BinOp[] VALUES = values();

    public static BinOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
