package org.ember.modules;

import org.ember.interp.Importer;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code _imp}: what the Python side of the import system ({@code _frozen_importlib},
 * {@code _frozen_importlib_external}, {@code importlib}) needs from the Java importer: builtin
 * modules, the path search, and running a source file as a module's body (through the code cache).
 * The underscore functions are Ember's own; the others have CPython's names and meanings.
 */
public final class Imp {
    private Imp() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_imp");
        def(m, ArgSpec.one("is_builtin"), (self, a) -> PyInt.of(isBuiltin(str(a[0], "is_builtin")) ? 1 : 0));
        def(m, ArgSpec.one("is_frozen"), (self, a) -> PyBool.FALSE);
        def(m, ArgSpec.one("create_builtin"), (self, a) -> createBuiltin(interp, a[0]));
        def(m, ArgSpec.one("exec_builtin"), (self, a) -> PyInt.of(0));
        def(m, ArgSpec.noArgs("extension_suffixes"), (self, a) -> new PyList());
        // test.support's import helpers switch frozen modules and the extension check around
        // fresh imports; Ember has neither, so both are accepted and change nothing
        def(m, ArgSpec.one("_override_frozen_modules_for_tests"), (self, a) -> PyNone.NONE);
        def(m, ArgSpec.one("_override_multi_interp_extensions_check"), (self, a) -> PyInt.of(-1));
        def(m, ArgSpec.noArgs("acquire_lock"), (self, a) -> PyNone.NONE);
        def(m, ArgSpec.noArgs("release_lock"), (self, a) -> PyNone.NONE);
        def(m, ArgSpec.noArgs("lock_held"), (self, a) -> PyBool.FALSE);
        def(m, ArgSpec.positional("_find_source", 2, 2), (self, a) -> findSource(str(a[0], "_find_source"), a[1]));
        def(m, ArgSpec.positional("_exec_source", 2, 2), (self, a) -> {
            if (!(Abstract.builtinPart(a[0]) instanceof PyModule module)) throw Errors.mustBe("_exec_source() argument 1", "module", a[0]);
            Importer.execSource(interp, module, str(a[1], "_exec_source"));
            return PyNone.NONE;
        });
        def(m, ArgSpec.one("_is_search_dir"), (self, a) -> PyBool.of(Importer.isSearchableDirectory(str(a[0], "_is_search_dir"))));
        def(m, ArgSpec.one("_read_source"), (self, a) -> {
            byte[] data = Importer.readSource(str(a[0], "_read_source"));
            return data == null ? PyNone.NONE : new PyBytes(data);
        });
        def(m, ArgSpec.positional("_bootstrap_ready", 2, 2), (self, a) -> {
            interp.importDefaultFinders = a[1];
            interp.importBootstrap = a[0];
            return PyNone.NONE;
        });
        return m;
    }

    private static boolean isBuiltin(String name) {
        return BuiltinModules.factory(name) != null || name.equals("sys") || name.equals("builtins");
    }

    /** The builtin module a spec names: sys and builtins exist once; others are made anew. */
    private static Object createBuiltin(Interpreter interp, Object spec) {
        String name = str(Abstract.getAttr(spec, new PyStr("name")), "create_builtin");
        if (name.equals("sys") || name.equals("builtins")) return interp.modules.getItemStr(name);
        var factory = BuiltinModules.factory(name);
        if (factory == null) throw Errors.of(org.ember.runtime.Exceptions.ImportError, "no built-in module named %s", name);
        return factory.apply(interp);
    }

    /** (file or None, package directory or None, namespace portions or None), or None when not found. */
    private static Object findSource(String name, Object path) {
        Importer.Found found = Importer.find(name, path);
        if (found == null) return PyNone.NONE;
        return PyTuple.of(
                found.file() == null ? PyNone.NONE : new PyStr(found.file()),
                found.packageDir() == null ? PyNone.NONE : new PyStr(found.packageDir()),
                found.isNamespace() ? found.searchLocations() : PyNone.NONE);
    }

    private static String str(Object o, String function) {
        if (o instanceof PyStr s) return s.value();
        throw Errors.mustBe(function + "() argument", "str", o);
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
