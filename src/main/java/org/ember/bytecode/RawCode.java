package org.ember.bytecode;

import java.util.List;

/**
 * Everything a code object holds, as the compiler's assembler produces it, before the runtime
 * wraps it into a Python code object.
 *
 * @param code code units (CPython's co_code, low byte opcode, high byte oparg; caches zeroed)
 * @param consts co_consts: Long/BigInteger, Double, String, Ast.Bytes, Ast.Imaginary,
 *     ConstComplex, Boolean, Ast.NONE, Ast.ELLIPSIS, ConstTuple, ConstFrozenSet, ConstSlice,
 *     nested RawCode
 * @param names co_names
 * @param localsPlusNames names of the fast locals, cells and free variables (3.11+ layout)
 * @param localsPlusKinds one kind byte per localsplus name ({@link #KIND_LOCAL} ...)
 * @param argCount co_argcount (positional parameters including positional-only)
 * @param posOnlyArgCount co_posonlyargcount
 * @param kwOnlyArgCount co_kwonlyargcount
 * @param flags co_flags
 * @param name co_name
 * @param qualName co_qualname
 * @param fileName co_filename
 * @param firstLineNo co_firstlineno
 * @param lineTable co_linetable (CPython 3.11+ location table format)
 * @param exceptionTable co_exceptiontable (varint entries: start, length, target, depth<<1|lasti)
 * @param stackSize co_stacksize
 */
public record RawCode(
        char[] code, Object[] consts, List<String> names,
        List<String> localsPlusNames, byte[] localsPlusKinds,
        int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags,
        String name, String qualName, String fileName, int firstLineNo,
        byte[] lineTable, byte[] exceptionTable, int stackSize) {

    /** Localsplus kinds (CPython's CO_FAST_*). */
    public static final byte KIND_HIDDEN = 0x10;
    public static final byte KIND_LOCAL = 0x20;
    public static final byte KIND_CELL = 0x40;
    public static final byte KIND_FREE = (byte) 0x80;

    /** co_code as bytes. */
    public byte[] coCode() {
        return CodeUnits.toCoCode(code);
    }

    /** co_nlocals: localsplus entries that are fast locals (possibly also cells). */
    public int nLocals() {
        int count = 0;
        for (byte kind : localsPlusKinds) {
            if ((kind & KIND_LOCAL) != 0) count++;
        }
        return count;
    }

    @Override
    public String toString() {
        return "<code " + qualName + ", line " + firstLineNo + ">";
    }
}
