package org.ember.runtime;

import java.math.BigInteger;
import java.util.List;

import org.ember.bytecode.ConstComplex;
import org.ember.bytecode.ConstFrozenSet;
import org.ember.bytecode.ConstSlice;
import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.RawCode;
import org.ember.parser.Ast;

/**
 * Python's {@code code} object: a {@link RawCode} whose constants have been converted to runtime
 * objects once, plus the facts the interpreter needs on every call (locals counts, cell
 * positions) and the shared, unspecialized {@link CodeCopy} that frames execute.
 */
public final class PyCode extends PyObject {

    public static final PyType TYPE = PyType.builtin("code", PyCode.class)
            .slots(t -> {
                t.repr = self -> new PyStr(((PyCode) self).repr());
                t.richcompare = CodeSurface::richCompare;
                t.hash = CodeSurface::hash;
            })
            .dict(d -> {
                d.getset("co_name", self -> new PyStr(((PyCode) self).raw.name()), null);
                d.getset("co_qualname", self -> new PyStr(((PyCode) self).raw.qualName()), null);
                d.getset("co_filename", self -> new PyStr(((PyCode) self).raw.fileName()), null);
                d.getset("co_firstlineno", self -> PyInt.of(((PyCode) self).raw.firstLineNo()), null);
                d.getset("co_argcount", self -> PyInt.of(((PyCode) self).raw.argCount()), null);
                d.getset("co_posonlyargcount", self -> PyInt.of(((PyCode) self).raw.posOnlyArgCount()), null);
                d.getset("co_kwonlyargcount", self -> PyInt.of(((PyCode) self).raw.kwOnlyArgCount()), null);
                d.getset("co_flags", self -> PyInt.of(((PyCode) self).flags()), null);
                d.getset("co_stacksize", self -> PyInt.of(((PyCode) self).raw.stackSize()), null);
                d.getset("co_nlocals", self -> PyInt.of(((PyCode) self).raw.nLocals()), null);
                d.getset("co_consts", self -> PyTuple.of(((PyCode) self).consts), null);
                d.getset("co_names", self -> strTuple(((PyCode) self).raw.names()), null);
                d.getset("co_varnames", self -> ((PyCode) self).namesOfKind(RawCode.KIND_LOCAL), null);
                d.getset("co_cellvars", self -> ((PyCode) self).namesOfKind(RawCode.KIND_CELL), null);
                d.getset("co_freevars", self -> ((PyCode) self).namesOfKind(RawCode.KIND_FREE), null);
                CodeSurface.define(d);
            })
            .build();

    /** co_flags bits the interpreter reads. */
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

    /**
     * What a frame executes: the code units and a parallel array for the references the
     * specializer caches (guard records: types, functions, dict entry indices). A thread executes
     * and specializes only its own copy (see {@link #codeCopy(ThreadState)}); {@code adaptive}
     * is false for the copy shared under {@code -X tlbc=0} and for every copy under
     * {@code -X specialize=0}, which are never rewritten.
     */
    public static final class CodeCopy {
        public final char[] units;
        public final Object[] refs;
        public final boolean adaptive;
        /** The {@link ThreadState#codeCopyIndex} of the thread owning this copy, or -1 when shared. */
        public final int owner;

        CodeCopy(char[] units, boolean adaptive, int owner) {
            this.units = units;
            this.refs = new Object[units.length];
            this.adaptive = adaptive;
            this.owner = owner;
        }
    }

    /** Fills a fresh copy's adaptive counters; installed by the interpreter package (see Adaptive). */
    public interface CopyInitializer {
        void initialize(char[] units, boolean adaptive);
    }

    private static volatile CopyInitializer copyInitializer = (units, adaptive) -> { };

    public static void setCopyInitializer(CopyInitializer init) {
        copyInitializer = init;
    }

    public final RawCode raw;
    /**
     * Tier 2 ({@code org.ember.jit}): the compiled code ({@code interp.CompiledCode}) once this
     * code object is hot, or a String saying why it cannot be compiled (never retried); null
     * before; {@code Tier2.COMPILING} while one thread compiles it (claimed with a compare-and-set,
     * so that each code object is compiled once; the other threads interpret it meanwhile).
     */
    public volatile Object tier2;
    /** Tier 2: calls counted towards the compile threshold (racy increments are fine). */
    public int tier2Calls;
    /** co_exceptiontable decoded once for the unwinder (ExceptionTable.flatten); racy first computation is harmless. */
    private int[] exceptionHandlers;

    public int[] exceptionHandlers() {
        int[] handlers = exceptionHandlers;
        if (handlers == null) exceptionHandlers = handlers = org.ember.compiler.ExceptionTable.flatten(raw.exceptionTable());
        return handlers;
    }
    /**
     * Tier 2: System.nanoTime() of the call that started the current count ({@code tier2Calls}
     * 0 to 1): the threshold's calls must come within {@code Interpreter.jitWindowNanos} of it.
     */
    public long tier2CountStarted;
    /** co_consts as runtime objects (nested code objects as PyCode). */
    public final Object[] consts;
    /** co_names as str objects. */
    public final PyStr[] names;
    /** Localsplus names as str objects (for keyword binding and error messages). */
    public final PyStr[] localsPlusNames;
    public final int nLocalsPlus;
    /** Slots a frame of this code needs: the localsplus, the value stack, one spare. */
    public final int frameSize;
    /** Total number of parameters, counting *args and **kwargs. */
    public final int totalArgs;
    /** The copy all threads share under -X tlbc=0 (never specialized), created on first use. */
    private volatile CodeCopy shared;
    /** Per-thread copies indexed by {@link ThreadState#codeCopyIndex}; replaced when grown. */
    private volatile CodeCopy[] perThread = new CodeCopy[0];

    public PyCode(RawCode raw) {
        this(raw, convertAllConsts(raw.consts()));
    }

    /** A code object with runtime constants given (code.replace(co_consts=...)). */
    PyCode(RawCode raw, Object[] consts) {
        this.raw = raw;
        this.consts = consts;
        this.names = new PyStr[raw.names().size()];
        for (int i = 0; i < names.length; i++) names[i] = new PyStr(raw.names().get(i));
        this.nLocalsPlus = raw.localsPlusNames().size();
        this.frameSize = nLocalsPlus + raw.stackSize() + 1;
        this.localsPlusNames = new PyStr[nLocalsPlus];
        for (int i = 0; i < nLocalsPlus; i++) localsPlusNames[i] = new PyStr(raw.localsPlusNames().get(i));
        int flags = raw.flags();
        this.totalArgs = raw.argCount() + raw.kwOnlyArgCount() + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The code copy the current thread should execute. */
    public CodeCopy codeCopy() {
        return codeCopy(ThreadState.current());
    }

    /**
     * The code copy thread {@code ts} executes: its own (created lazily from the pristine units,
     * specialized only by that thread), or the one shared copy when the interpreter runs with
     * thread-local bytecode off. A copy is never handed to another thread, so the specializer's
     * writes into it need no synchronization.
     */
    public CodeCopy codeCopy(ThreadState ts) {
        Interpreter interp = ts.interpreter();
        if (!interp.threadLocalBytecode()) return sharedCopy();
        int index = ts.codeCopyIndex;
        CodeCopy[] copies = perThread;
        if (index < copies.length) {
            CodeCopy mine = copies[index];
            if (mine != null) return mine;
        }
        return newThreadCopy(index, interp.specialization());
    }

    private CodeCopy sharedCopy() {
        CodeCopy copy = shared;
        if (copy != null) return copy;
        synchronized (this) {
            if (shared == null) shared = freshCopy(false, -1);
            return shared;
        }
    }

    private synchronized CodeCopy newThreadCopy(int index, boolean adaptive) {
        CodeCopy[] copies = perThread;
        if (index < copies.length && copies[index] != null) return copies[index];
        CodeCopy copy = freshCopy(adaptive, index);
        CodeCopy[] grown = java.util.Arrays.copyOf(copies, Math.max(copies.length, index + 1));
        grown[index] = copy;
        perThread = grown;
        return copy;
    }

    private CodeCopy freshCopy(boolean adaptive, int owner) {
        char[] units = raw.code().clone();
        copyInitializer.initialize(units, adaptive);
        return new CodeCopy(units, adaptive, owner);
    }

    /** How many per-thread copies exist (for tests: one per thread alive at once, not per thread ever started). */
    public int threadCopyCount() {
        int count = 0;
        for (CodeCopy copy : perThread) if (copy != null) count++;
        return count;
    }

    /** This thread's current units (specialized instructions included), for dis(adaptive=True). */
    public char[] adaptiveUnits(ThreadState ts) {
        return codeCopy(ts).units.clone();
    }

    public int flags() {
        return raw.flags() | addedFlags;
    }

    /**
     * Flags set after compilation: CO_ITERABLE_COROUTINE from {@code types.coroutine} (CPython
     * replaces the function's code with a copy; Ember's functions keep their code, so the bit is
     * set on it in place). Set before the function runs, read by generator creation and await.
     */
    private int addedFlags;

    /** Marks a generator function's code as a generator-based coroutine (types.coroutine). */
    public void markIterableCoroutine() {
        addedFlags |= CO_ITERABLE_COROUTINE;
    }

    public String name() {
        return raw.name();
    }

    public String qualname() {
        return raw.qualName();
    }

    public int stackSize() {
        return raw.stackSize();
    }

    public boolean isGeneratorLike() {
        return (raw.flags() & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    /** Index of a localsplus name, or -1. */
    public int localIndex(String name) {
        for (int i = 0; i < nLocalsPlus; i++) if (localsPlusNames[i].value().equals(name)) return i;
        return -1;
    }

    public byte localKind(int index) {
        return raw.localsPlusKinds()[index];
    }

    /** The number of free variables (the length of {@code co_freevars}). */
    int freeVarCount() {
        int count = 0;
        for (byte kind : raw.localsPlusKinds()) if ((kind & RawCode.KIND_FREE) != 0) count++;
        return count;
    }

    private PyTuple namesOfKind(byte kind) {
        List<String> all = raw.localsPlusNames();
        java.util.ArrayList<Object> selected = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((raw.localsPlusKinds()[i] & kind) != 0) selected.add(new PyStr(all.get(i)));
        }
        return PyTuple.of(selected.toArray());
    }

    private static PyTuple strTuple(List<String> strings) {
        Object[] items = new Object[strings.size()];
        for (int i = 0; i < items.length; i++) items[i] = new PyStr(strings.get(i));
        return PyTuple.wrapping(items);
    }

    private static Object[] convertAllConsts(Object[] raw) {
        Object[] out = new Object[raw.length];
        for (int i = 0; i < out.length; i++) out[i] = convertConst(raw[i]);
        return out;
    }

    // ---- the Java-level introspection API (tracebacks, dis, frames) --------------------------------------------

    /** One co_lines() range: byte offsets [start, end) belong to {@code line} (-1: no line, None in Python). */
    public record LineRange(int start, int end, int line) {}

    private volatile List<int[]> positionsCache;

    /** co_lines(), as CPython 3.14 reports it (adjacent ranges of the same line merged). */
    public List<LineRange> lines() {
        java.util.ArrayList<LineRange> out = new java.util.ArrayList<>();
        try {
            for (int[] r : CodeSurface.lineRanges(this)) out.add(new LineRange(r[0], r[1], r[2]));
        } catch (IllegalArgumentException e) {
            // a malformed co_linetable given to replace(): no line information, as for an empty table
        }
        return out;
    }

    /**
     * co_positions(): one {lineno, end_lineno, col_offset, end_col_offset} per code unit (cache
     * units included), -1 where Python sees None. The list is shared: do not modify it.
     */
    public List<int[]> positions() {
        List<int[]> p = positionsCache;
        if (p == null) {
            try {
                p = java.util.Collections.unmodifiableList(
                        org.ember.compiler.LocationTable.positions(raw.lineTable(), raw.firstLineNo()));
            } catch (IllegalArgumentException e) {
                p = List.of();                       // malformed co_linetable from replace(): no positions
            }
            positionsCache = p;
        }
        return p;
    }

    /** The position of code unit {@code unitIndex} (see {@link #positions()}), or null past the end. */
    public int[] positionAt(int unitIndex) {
        List<int[]> p = positions();
        return unitIndex >= 0 && unitIndex < p.size() ? p.get(unitIndex) : null;
    }

    /** The line of code unit {@code unitIndex}, or -1 when it has none. */
    public int lineAt(int unitIndex) {
        int[] p = positionAt(unitIndex);
        return p == null ? -1 : p[0];
    }

    /** co_code as code units (pristine: never specialized). */
    public char[] coCodeUnits() {
        return raw.code();
    }

    /**
     * The code units this thread executes now ({@code _co_code_adaptive}, {@code dis(adaptive=True)}):
     * a snapshot of this thread's copy, with the specialized instructions it holds now. dis reads
     * nothing else for the adaptive view.
     */
    public char[] currentUnits() {
        return adaptiveUnits(ThreadState.current());
    }

    /** co_exceptiontable decoded: entries in code units. */
    public List<org.ember.compiler.ExceptionTable.Entry> exceptionEntries() {
        return CodeSurface.exceptionEntries(this);
    }

    /** A compiler constant as a runtime object. */
    public static Object convertConst(Object c) {
        return switch (c) {
            case Long l -> PyInt.of(l);
            case Integer i -> PyInt.of(i);
            case BigInteger b -> PyInt.of(b);
            case Double d -> new PyFloat(d);
            case String s -> new PyStr(s);
            case org.ember.parser.SurrogateStr s -> PyStr.fromCodePoints(s.codePoints());
            case Boolean b -> PyBool.of(b);
            case RawCode code -> new PyCode(code);
            case ConstTuple t -> {
                Object[] items = convertAll(t.items());
                yield items == null ? new Unsupported("tuple") : PyTuple.wrapping(items);
            }
            case ConstFrozenSet s -> {
                Object[] items = convertAll(s.items());
                yield items == null ? new Unsupported("frozenset") : PyFrozenSet.fromIterable(PyTuple.wrapping(items));
            }
            case ConstComplex z -> new PyComplex(z.real(), z.imag());
            case Ast.Imaginary im -> new PyComplex(0.0, im.imag());
            case Ast.Bytes b -> new PyBytes(b.value());
            case ConstSlice s -> new PySlice(convertConst(s.start()), convertConst(s.stop()), convertConst(s.step()));
            case null -> PyNone.NONE;
            default -> {
                if (c == Ast.NONE) yield PyNone.NONE;
                if (c == Ast.ELLIPSIS) yield PyEllipsis.INSTANCE;
                // bytes and complex have no runtime type yet: loading such a constant fails cleanly
                yield new Unsupported(c.getClass().getSimpleName());
            }
        };
    }

    private static Object[] convertAll(List<Object> items) {
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = convertConst(items.get(i));
            if (out[i] instanceof Unsupported) return null;
        }
        return out;
    }

    /** A constant of a type the runtime lacks (bytes, complex): LOAD_CONST raises SystemError. */
    public record Unsupported(String kind) {}

    private String repr() {
        return "<code object " + raw.name() + " at " + Abstract.addressOf(this) + ", file \""
                + raw.fileName() + "\", line " + raw.firstLineNo() + ">";
    }
}
