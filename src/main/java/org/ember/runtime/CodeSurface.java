package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.RawCode;
import org.ember.compiler.ExceptionTable;
import org.ember.compiler.LocationTable;

/**
 * The Python-visible surface of {@code code} objects that goes beyond plain fields: the bytes
 * attributes, {@code co_lines()}, {@code co_positions()}, {@code replace()}, equality and hash
 * (CPython's {@code code_richcompare}/{@code code_hash}: the file name and qualified name do not
 * take part; constants compare by type and value, so {@code 1}, {@code 1.0} and {@code True}
 * differ). Kept apart from {@link PyCode}, which holds what the interpreter reads on every call.
 */
final class CodeSurface {
    private CodeSurface() {}

    /** The keyword arguments of {@code code.replace()}, in CPython's order. */
    private static final String[] REPLACE_NAMES = {
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
        "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
        "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
        "co_exceptiontable",
    };

    static void define(TypeBuilder d) {
        d.getset("co_code", self -> bytesObject(code(self).raw.coCode()), null);
        d.getset("_co_code_adaptive", self -> bytesObject(org.ember.bytecode.CodeUnits.toCoCode(code(self).currentUnits())), null);
        d.getset("co_linetable", self -> bytesObject(code(self).raw.lineTable()), null);
        d.getset("co_exceptiontable", self -> bytesObject(code(self).raw.exceptionTable()), null);
        d.method0("co_lines", self -> Abstract.getIter(linesList(code(self))));
        d.method0("co_positions", self -> Abstract.getIter(positionsList(code(self))));
        d.method1("_varname_from_oparg", (self, oparg) -> varnameFromOparg(code(self), oparg));
        ArgSpec replaceSpec = ArgSpec.keywords("replace", 0, 0, 0, REPLACE_NAMES);
        d.method("replace", replaceSpec, (self, args) -> replace(code(self), args));
        d.method("__replace__", ArgSpec.keywords("__replace__", 0, 0, 0, REPLACE_NAMES),
                (self, args) -> replace(code(self), args));
    }

    private static PyCode code(Object self) {
        return (PyCode) self;
    }

    /** The attributes CPython gives as {@code bytes} (co_code, co_linetable, ...): a fresh copy each time. */
    static Object bytesObject(byte[] data) {
        return new PyBytes(data.clone());
    }

    private static byte[] bytesArg(Object value, String name) {
        if (!(value instanceof PyBytes b)) {
            throw Errors.typeError("replace() argument '%s' must be bytes, not %s", name, Abstract.typeName(value));
        }
        return b.toByteArray();
    }

    // ---- co_lines() and co_positions() ----------------------------------------------------------------------------

    private static PyList linesList(PyCode code) {
        PyList out = new PyList();
        for (PyCode.LineRange range : code.lines()) {
            out.append(PyTuple.of(PyInt.of(range.start()), PyInt.of(range.end()), intOrNone(range.line())));
        }
        return out;
    }

    private static PyList positionsList(PyCode code) {
        PyList out = new PyList();
        for (int[] p : code.positions()) {
            out.append(PyTuple.of(intOrNone(p[0]), intOrNone(p[1]), intOrNone(p[2]), intOrNone(p[3])));
        }
        return out;
    }

    static Object intOrNone(int value) {
        return value < 0 ? PyNone.NONE : PyInt.of(value);
    }

    private static Object varnameFromOparg(PyCode code, Object opargObj) {
        long oparg = PyInt.asInt(Abstract.index(opargObj)).longValue();
        if (oparg < 0 || oparg >= code.nLocalsPlus) throw Errors.indexError("tuple index out of range");
        return code.localsPlusNames[(int) oparg];
    }

    // ---- replace() ----------------------------------------------------------------------------------------------

    private static Object replace(PyCode code, Object[] a) {
        RawCode r = code.raw;
        char[] units = r.code();
        if (a[7] != null) {
            byte[] coCode = bytesArg(a[7], "co_code");
            if (coCode.length % 2 != 0) throw Errors.valueError("code: co_code is malformed");
            units = org.ember.bytecode.CodeUnits.fromCoCode(coCode);
        }
        if (a[3] != null && intArg(a[3], "co_nlocals") != r.nLocals()) {
            throw Errors.valueError("code: co_nlocals != len(co_varnames)");
        }
        List<String> localsPlus = new ArrayList<>(r.localsPlusNames());
        renameKind(localsPlus, r.localsPlusKinds(), RawCode.KIND_LOCAL, a[10], "co_varnames");
        renameKind(localsPlus, r.localsPlusKinds(), RawCode.KIND_FREE, a[11], "co_freevars");
        renameCells(localsPlus, r.localsPlusKinds(), a[12]);
        RawCode replaced = new RawCode(units, r.consts(),
                a[9] == null ? r.names() : strings(a[9], "co_names"),
                localsPlus, r.localsPlusKinds(),
                a[0] == null ? r.argCount() : intArg(a[0], "co_argcount"),
                a[1] == null ? r.posOnlyArgCount() : intArg(a[1], "co_posonlyargcount"),
                a[2] == null ? r.kwOnlyArgCount() : intArg(a[2], "co_kwonlyargcount"),
                a[5] == null ? r.flags() : intArg(a[5], "co_flags"),
                a[14] == null ? r.name() : str(a[14], "co_name"),
                a[15] == null ? r.qualName() : str(a[15], "co_qualname"),
                a[13] == null ? r.fileName() : str(a[13], "co_filename"),
                a[6] == null ? r.firstLineNo() : intArg(a[6], "co_firstlineno"),
                a[16] == null ? r.lineTable() : bytesArg(a[16], "co_linetable"),
                a[17] == null ? r.exceptionTable() : bytesArg(a[17], "co_exceptiontable"),
                a[4] == null ? r.stackSize() : intArg(a[4], "co_stacksize"));
        Object[] consts = a[8] == null ? code.consts : constsArg(a[8]);
        return new PyCode(replaced, consts);
    }

    private static int intArg(Object value, String name) {
        if (!(value instanceof PyInt i)) {
            throw Errors.typeError("replace() argument '%s' must be int, not %s", name, Abstract.typeName(value));
        }
        if (!i.fitsInt() || i.longValue() < 0) throw Errors.valueError("code: %s must not be negative", name);
        return (int) i.longValue();
    }

    private static String str(Object value, String name) {
        if (!(value instanceof PyStr s)) {
            throw Errors.typeError("replace() argument '%s' must be str, not %s", name, Abstract.typeName(value));
        }
        return s.value();
    }

    private static PyTuple tupleArg(Object value, String name) {
        if (!(value instanceof PyTuple t)) {
            throw Errors.typeError("replace() argument '%s' must be tuple, not %s", name, Abstract.typeName(value));
        }
        return t;
    }

    private static List<String> strings(Object value, String name) {
        List<String> out = new ArrayList<>();
        for (Object item : tupleArg(value, name).items()) {
            if (!(item instanceof PyStr s)) throw Errors.typeError("name tuples must contain only strings, not '%s'", Abstract.typeName(item));
            out.add(s.value());
        }
        return out;
    }

    private static Object[] constsArg(Object value) {
        return tupleArg(value, "co_consts").items().clone();
    }

    /** Renames the localsplus entries of one kind in order; the count must stay the same. */
    private static void renameKind(List<String> names, byte[] kinds, byte kind, Object value, String what) {
        if (value == null) return;
        List<String> given = strings(value, what);
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) if ((kinds[i] & kind) != 0) slots.add(i);
        if (given.size() != slots.size()) {
            throw Errors.valueError("code: %s has %d names, the code has %d", what, given.size(), slots.size());
        }
        for (int i = 0; i < slots.size(); i++) names.set(slots.get(i), given.get(i));
    }

    /** co_cellvars: cells that are not also parameters/locals keep their own slot; renaming those. */
    private static void renameCells(List<String> names, byte[] kinds, Object value) {
        renameKind(names, kinds, RawCode.KIND_CELL, value, "co_cellvars");
    }

    // ---- equality and hash --------------------------------------------------------------------------------------

    static Object richCompare(Object a, Object b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof PyCode other)) return PyNotImplemented.INSTANCE;
        boolean equal = codeEquals((PyCode) a, other);
        return op.ofEquality(equal);
    }

    static boolean codeEquals(PyCode x, PyCode y) {
        if (x == y) return true;
        RawCode a = x.raw, b = y.raw;
        return a.name().equals(b.name()) && a.argCount() == b.argCount()
                && a.posOnlyArgCount() == b.posOnlyArgCount() && a.kwOnlyArgCount() == b.kwOnlyArgCount()
                && a.flags() == b.flags() && a.firstLineNo() == b.firstLineNo()
                && java.util.Arrays.equals(a.code(), b.code())
                && constsEqual(x.consts, y.consts)
                && a.names().equals(b.names()) && a.localsPlusNames().equals(b.localsPlusNames())
                && java.util.Arrays.equals(a.localsPlusKinds(), b.localsPlusKinds())
                && java.util.Arrays.equals(a.lineTable(), b.lineTable())
                && java.util.Arrays.equals(a.exceptionTable(), b.exceptionTable());
    }

    private static boolean constsEqual(Object[] a, Object[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!sameConstant(a[i], b[i])) return false;
        return true;
    }

    /** CPython's constant key: equal values of the same type (floats by bits, so 0.0 and -0.0 differ). */
    static boolean sameConstant(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null || a.getClass() != b.getClass()) return false;
        return switch (a) {
            case PyFloat f -> Double.doubleToLongBits(f.value) == Double.doubleToLongBits(((PyFloat) b).value);
            case PyTuple t -> t.getClass() == PyTuple.class && constsEqual(t.items(), ((PyTuple) b).items());
            case PyCode c -> codeEquals(c, (PyCode) b);
            case PyInt i -> i.bigValue().equals(((PyInt) b).bigValue());
            case PyStr s -> s.value().equals(((PyStr) b).value());
            default -> Abstract.richCompareBool(a, b, CompareOp.EQ);
        };
    }

    static long hash(Object self) {
        RawCode r = ((PyCode) self).raw;
        long h = r.name().hashCode();
        h = h * 1000003 + java.util.Arrays.hashCode(r.code());
        h = h * 1000003 + r.names().hashCode();
        h = h * 1000003 + r.localsPlusNames().hashCode();
        h = h * 1000003 + ((long) r.argCount() << 16 | r.kwOnlyArgCount() << 8 | r.posOnlyArgCount());
        h = h * 1000003 + r.flags();
        h = h * 1000003 + r.firstLineNo();
        h = h * 1000003 + ((PyCode) self).consts.length;
        h = h * 1000003 + java.util.Arrays.hashCode(r.lineTable());
        h = h * 1000003 + java.util.Arrays.hashCode(r.exceptionTable());
        return h == -1 ? -2 : h;
    }

    /** Exception-table entries in byte offsets (what dis prints). */
    static List<ExceptionTable.Entry> exceptionEntries(PyCode code) {
        try {
            return ExceptionTable.decode(code.raw.exceptionTable());
        } catch (IllegalArgumentException e) {
            throw Errors.valueError("malformed co_exceptiontable: %s", e.getMessage());
        }
    }

    static List<int[]> lineRanges(PyCode code) {
        return LocationTable.lines(code.raw.lineTable(), code.raw.firstLineNo());
    }
}
