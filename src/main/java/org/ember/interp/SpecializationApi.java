package org.ember.interp;

import org.ember.bytecode.CodeUnits;
import org.ember.bytecode.Instructions;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.ThreadState;

/**
 * What Python code sees of specialization, installed into {@code sys}:
 * <ul>
 * <li>{@code sys._is_tlbc_enabled()}: whether threads get their own bytecode copies
 *     (false under -X tlbc=0 / PYTHON_TLBC=0), as in free-threaded CPython;</li>
 * <li>{@code sys._is_specialization_enabled()} (Ember's): false under -X specialize=0 or tlbc=0;</li>
 * <li>{@code sys._ember_adaptive_ops(code_or_function)} (Ember's, for tests and dis): the opnames
 *     of the instructions in the calling thread's copy, specialized forms included;</li>
 * <li>{@code sys._stats_on/_stats_off/_stats_clear/_stats_dump} as CPython built with
 *     --enable-pystats: they do nothing useful unless Ember runs with -X stats.</li>
 * </ul>
 */
public final class SpecializationApi {
    private SpecializationApi() {}

    /** -X stats=FILE: where the JSON goes at exit (and on sys._stats_dump()); null prints text. */
    private static volatile String statsFile;

    public static void setStatsFile(String file) {
        statsFile = file;
    }

    public static void install(PyModule sys, Interpreter interp) {
        def(sys, ArgSpec.noArgs("_is_tlbc_enabled"), (self, a) -> PyBool.of(interp.threadLocalBytecode()));
        def(sys, ArgSpec.noArgs("_is_specialization_enabled"),
                (self, a) -> PyBool.of(interp.threadLocalBytecode() && interp.specialization()));
        def(sys, ArgSpec.one("_ember_adaptive_ops"), (self, a) -> adaptiveOps(a[0]));
        def(sys, ArgSpec.noArgs("_stats_on"), (self, a) -> { SpecStats.setCounting(true); return PyNone.NONE; });
        def(sys, ArgSpec.noArgs("_stats_off"), (self, a) -> { SpecStats.setCounting(false); return PyNone.NONE; });
        def(sys, ArgSpec.noArgs("_stats_clear"), (self, a) -> { SpecStats.clear(); return PyNone.NONE; });
        def(sys, ArgSpec.noArgs("_stats_dump"), (self, a) -> PyBool.of(dump(System.err)));
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    private static PyList adaptiveOps(Object arg) {
        PyCode code = arg instanceof PyFunction f ? f.code : arg instanceof PyCode c ? c : null;
        if (code == null) throw Errors.typeError("expected a function or code object");
        PyList names = new PyList();
        CodeUnits.Reader reader = new CodeUnits.Reader(code.adaptiveUnits(ThreadState.current()));
        while (reader.next()) names.append(new PyStr(Instructions.name(reader.opcode())));
        return names;
    }

    /** Writes the statistics (JSON to the -X stats=FILE file, else text to {@code err}); false when off. */
    public static boolean dump(java.io.PrintStream err) {
        if (!SpecStats.ENABLED) return false;
        String file = statsFile;
        if (file == null) {
            err.print(SpecStats.text());
            err.flush();
            return true;
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), SpecStats.json());
        } catch (java.io.IOException e) {
            err.println("ember: cannot write stats to " + file + ": " + e.getMessage());
        }
        return true;
    }
}
