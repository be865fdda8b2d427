package org.ember.modules;

import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/** A minimal {@code sys}: argv, stdout/stderr, modules, recursion limit, exit, displayhook. */
public final class Sys {
    private Sys() {}

    public static PyModule install(Interpreter interp, TextStream stdout, TextStream stderr, List<String> argv) {
        PyModule sys = new PyModule("sys");
        var d = sys.dict();
        PyList argvList = new PyList();
        for (String arg : argv) argvList.append(new PyStr(arg));
        d.setItem(new PyStr("argv"), argvList);
        d.setItem(new PyStr("stdout"), stdout);
        d.setItem(new PyStr("stderr"), stderr);
        d.setItem(new PyStr("__stdout__"), stdout);
        d.setItem(new PyStr("__stderr__"), stderr);
        d.setItem(new PyStr("modules"), interp.modules);
        d.setItem(new PyStr("path"), new PyList());
        d.setItem(new PyStr("maxsize"), PyInt.of(Long.MAX_VALUE));
        d.setItem(new PyStr("version_info"), PyTuple.of(PyInt.of(3), PyInt.of(14), PyInt.of(0),
                new PyStr("alpha"), PyInt.of(0)));
        d.setItem(new PyStr("implementation_name"), new PyStr("ember"));
        d.setItem(new PyStr("builtin_module_names"), builtinModuleNames());
        def(sys, ArgSpec.noArgs("getrecursionlimit"), (self, a) -> PyInt.of(interp.recursionLimit()));
        def(sys, ArgSpec.one("setrecursionlimit"), (self, a) -> {
            PyInt limit = PyInt.asInt(Abstract.index(a[0]));
            if (!limit.fitsInt() || limit.longValue() < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            interp.setRecursionLimit((int) limit.longValue());
            return PyNone.NONE;
        });
        def(sys, ArgSpec.positional("exit", 0, 1), (self, a) -> {
            throw a[0] == null ? Errors.withArgs(Exceptions.SystemExit) : Errors.withArgs(Exceptions.SystemExit, a[0]);
        });
        def(sys, ArgSpec.one("displayhook"), (self, a) -> {
            if (a[0] == PyNone.NONE) return PyNone.NONE;
            Abstract.invoke(attribute(interp, "stdout"), "write", new PyStr(Abstract.repr(a[0]).value() + "\n"));
            interp.builtins.setItem(new PyStr("_"), a[0]);
            return PyNone.NONE;
        });
        org.ember.interp.SpecializationApi.install(sys, interp);
        interp.modules.setItem(new PyStr("sys"), sys);
        return sys;
    }

    private static PyTuple builtinModuleNames() {
        var names = new java.util.TreeSet<>(BuiltinModules.names());
        names.add("builtins");
        names.add("sys");
        return PyTuple.of(names.stream().map(PyStr::new).toArray(Object[]::new));
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    /** sys.NAME, or null when sys or the attribute is missing. */
    static Object attribute(Interpreter interp, String name) {
        if (!(interp.modules.getItemStr("sys") instanceof PyModule sys)) return null;
        return sys.dict().getItemStr(name);
    }
}
