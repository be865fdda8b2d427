package org.ember.modules;

import java.util.List;

import org.ember.bytecode.CacheField;
import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;
import org.ember.bytecode.Oparg;
import org.ember.compiler.ExceptionTable;
import org.ember.interp.Importer;
import org.ember.parser.Parser;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code _opcode}: CPython's accelerator module for {@code opcode} and {@code dis}, answered
 * from Ember's one instruction table ({@link Instructions}). Besides CPython's functions
 * (stack_effect, has_*, the oparg description lists) it has a few {@code _ember_*} functions
 * that Ember's pure-Python {@code opcode}/{@code dis} use instead of what needs a {@code bytes}
 * type or a {@code compile} builtin Ember does not have yet: the whole table, a code object's
 * code units (pristine or the thread's current copy), its decoded exception table, and a
 * compile entry point.
 */
public final class OpcodeModule {
    private OpcodeModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_opcode");
        def(m, ArgSpec.keywords("stack_effect", 2, 1, 2, "opcode", "oparg", "jump"), (self, a) -> stackEffect(a));
        def(m, ArgSpec.one("is_valid"), (self, a) -> PyBool.of(isValid(opcodeArg(a[0]))));
        defFlag(m, "has_arg", OpInfo.HAS_ARG);
        defFlag(m, "has_const", OpInfo.HAS_CONST);
        defFlag(m, "has_name", OpInfo.HAS_NAME);
        defFlag(m, "has_jump", OpInfo.HAS_JUMP);
        defFlag(m, "has_free", OpInfo.HAS_FREE);
        defFlag(m, "has_local", OpInfo.HAS_LOCAL);
        defFlag(m, "has_exc", OpInfo.HAS_EXC);
        def(m, ArgSpec.noArgs("get_intrinsic1_descs"), (self, a) -> strList(Oparg.INTRINSIC_1_NAMES));
        def(m, ArgSpec.noArgs("get_intrinsic2_descs"), (self, a) -> strList(Oparg.INTRINSIC_2_NAMES));
        def(m, ArgSpec.noArgs("get_special_method_names"), (self, a) -> strList(Oparg.SPECIAL_METHOD_NAMES));
        def(m, ArgSpec.noArgs("get_nb_ops"), (self, a) -> nbOps());
        def(m, ArgSpec.noArgs("get_specialization_stats"), (self, a) -> PyNone.NONE);
        def(m, ArgSpec.positional("get_executor", 2, 2), (self, a) -> {
            throw Errors.of(org.ember.runtime.Exceptions.RuntimeError, "Ember has no tier-2 executors");
        });
        def(m, ArgSpec.noArgs("_ember_table"), (self, a) -> table());
        // types.coroutine: sets CO_ITERABLE_COROUTINE on a generator function's own code (see PyCode)
        def(m, ArgSpec.one("_ember_mark_iterable_coroutine"), (self, a) -> {
            if (!(a[0] instanceof org.ember.runtime.PyCode code)) throw Errors.typeError("expected a code object");
            code.markIterableCoroutine();
            return org.ember.runtime.PyNone.NONE;
        });
        def(m, ArgSpec.positional("_ember_code_units", 2, 2), (self, a) -> codeUnits(a[0], Abstract.isTrue(a[1])));
        def(m, ArgSpec.one("_ember_exception_table"), (self, a) -> exceptionTable(a[0]));
        def(m, ArgSpec.positional("_ember_compile", 3, 3), (self, a) -> compile(a[0], a[1], a[2]));
        def(m, ArgSpec.one("_ember_compile_file"), (self, a) -> compileFile(a[0]));
        return m;
    }

    private static int opcodeArg(Object o) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, PyInt.asInt(Abstract.index(o)).longValue()));
    }

    /** CPython's is_valid: any defined instruction (generic, specialized, instrumented or pseudo). */
    private static boolean isValid(int opcode) {
        return Instructions.isValid(opcode);
    }

    private static void defFlag(PyModule m, String name, int flag) {
        def(m, ArgSpec.one(name), (self, a) -> {
            int op = opcodeArg(a[0]);
            return PyBool.of(isValid(op) && hasFlag(Instructions.info(op), flag));
        });
    }

    /**
     * The table's flag, except where CPython's generated metadata differs (docs/instructions.md):
     * of the instrumented twins, only INSTRUMENTED_FOR_ITER and INSTRUMENTED_END_ASYNC_FOR have
     * has_jump there, so that opcode.hasjump prints as CPython's.
     */
    private static boolean hasFlag(OpInfo info, int flag) {
        if (flag == OpInfo.HAS_JUMP && info.isInstrumented()) {
            String base = Instructions.name(info.uninstrumented());
            return base.equals("FOR_ITER") || base.equals("END_ASYNC_FOR");
        }
        return info.has(flag);
    }

    private static Object stackEffect(Object[] a) {
        int opcode = opcodeArg(a[0]);
        if (!isValid(opcode)) {
            throw Errors.valueError("invalid opcode or oparg");
        }
        OpInfo info = Instructions.info(opcode);
        // as CPython 3.14: a missing oparg counts as 0, and instructions without one ignore it
        int oparg = a[1] == null || a[1] == PyNone.NONE ? 0 : opcodeArg(a[1]);
        Object jump = a[2];
        int effect;
        if (jump == null || jump == PyNone.NONE) {
            effect = Math.max(info.stack().effect(oparg), info.jumpStack().effect(oparg));
        } else {
            effect = Abstract.isTrue(jump) ? info.jumpStack().effect(oparg) : info.stack().effect(oparg);
        }
        return PyInt.of(effect);
    }

    private static PyList nbOps() {
        PyList out = new PyList();
        for (int i = 0; i < Oparg.NB_NAMES.size(); i++) {
            out.append(PyTuple.of(new PyStr(Oparg.NB_NAMES.get(i)), new PyStr(Oparg.NB_SYMBOLS.get(i))));
        }
        return out;
    }

    private static PyList strList(List<String> names) {
        PyList out = new PyList();
        for (String name : names) out.append(new PyStr(name));
        return out;
    }

    /**
     * Every instruction: (name, opcode, family head name or None, cache layout [(field, size)],
     * is_specialized, is_pseudo, is_instrumented, family members in the table's order).
     */
    private static PyList table() {
        PyList out = new PyList();
        for (OpInfo info : Instructions.all()) {
            PyList caches = new PyList();
            for (CacheField field : info.cacheLayout()) caches.append(PyTuple.of(new PyStr(field.name()), PyInt.of(field.size())));
            Object head = info.isSpecialized() ? new PyStr(Instructions.name(info.familyHead())) : PyNone.NONE;
            PyList members = new PyList();
            if (!info.isSpecialized()) {
                for (int member : info.familyMembers()) members.append(new PyStr(Instructions.name(member)));
            }
            out.append(PyTuple.of(new PyStr(info.name()), PyInt.of(info.opcode()), head, caches,
                    PyBool.of(info.isSpecialized()), PyBool.of(info.isPseudo()), PyBool.of(info.isInstrumented()), members));
        }
        return out;
    }

    private static PyCode code(Object o) {
        if (!(o instanceof PyCode c)) throw Errors.typeError("expected a code object, not %s", Abstract.typeName(o));
        return c;
    }

    /** The code units as a tuple of ints (opcode | oparg << 8): co_code, or the thread's current copy. */
    private static PyTuple codeUnits(Object o, boolean adaptive) {
        PyCode c = code(o);
        char[] units = adaptive ? c.currentUnits() : c.coCodeUnits();
        Object[] items = new Object[units.length];
        for (int i = 0; i < units.length; i++) items[i] = PyInt.of(units[i]);
        return PyTuple.of(items);
    }

    /** The exception table as [(start, end, target, depth, lasti)], in code units. */
    private static PyList exceptionTable(Object o) {
        PyList out = new PyList();
        for (ExceptionTable.Entry e : code(o).exceptionEntries()) {
            out.append(PyTuple.of(PyInt.of(e.start()), PyInt.of(e.end()), PyInt.of(e.target()),
                    PyInt.of(e.depth()), PyBool.of(e.lasti())));
        }
        return out;
    }

    private static Object compile(Object source, Object filename, Object mode) {
        if (!(source instanceof PyStr src) || !(filename instanceof PyStr file) || !(mode instanceof PyStr modeName)) {
            throw Errors.typeError("_ember_compile() expects (str, str, str)");
        }
        Parser.Mode parseMode = switch (modeName.value()) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        return new PyCode(Importer.compile(src.value(), file.value(), parseMode));
    }

    /** Reads and compiles a source file (exec mode), as {@code python -m dis FILE} does. */
    private static Object compileFile(Object path) {
        if (!(path instanceof PyStr p)) throw Errors.typeError("_ember_compile_file() expects a str path");
        byte[] source;
        try {
            source = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(p.value()));
        } catch (java.io.IOException | RuntimeException e) {
            throw Errors.of(org.ember.runtime.Exceptions.FileNotFoundError,
                    "[Errno 2] No such file or directory: '%s'", p.value());
        }
        return new PyCode(Importer.compileBytes(source, p.value()));
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
