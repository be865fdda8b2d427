package org.ember.interp;

import org.ember.runtime.Abstract;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * Where the Java import path ({@link Importer}) meets the Python-level import protocol of
 * {@code importlib}: module specs and loaders, and finders a program puts on {@code sys.meta_path}.
 *
 * <p>The protocol's objects (ModuleSpec, BuiltinImporter, SourceFileLoader, PathFinder, ...) are
 * Python classes in Ember's lib, {@code _frozen_importlib} and {@code _frozen_importlib_external}
 * (CPython's names). They are loaded on the first import that needs a spec; until the bootstrap
 * has finished loading (it imports itself through this same path) modules get no spec, and the
 * bootstrap's {@code _setup} then gives every module already in {@code sys.modules} one.
 *
 * <p>Imports stay on the Java path (find, compile through the code cache, run) as long as
 * {@code sys.meta_path} holds only the bootstrap's own finders. Once a program adds a finder of
 * its own, finding and loading go through {@code _frozen_importlib._find_and_load_via_meta_path},
 * which asks every finder in order, as CPython does; Ember's own finders answer from Java there too.
 * The same holds for {@code sys.path_hooks}: while it holds only the default FileFinder hook the
 * Java search runs; a hook of the program's own makes PathFinder go through the hooks and
 * {@code sys.path_importer_cache} as CPython does.
 */
final class ImportSystem {
    private ImportSystem() {}

    static final String BOOTSTRAP = "_frozen_importlib";
    static final String EXTERNAL = "_frozen_importlib_external";

    static boolean isBootstrapModule(String name) {
        return name.equals(BOOTSTRAP) || name.equals(EXTERNAL);
    }

    /** The bootstrap module, loading it on first use; null while it is still being set up. */
    private static Object bootstrap(Interpreter interp) {
        Object ready = interp.importBootstrap;
        if (ready != null) return ready;
        if (interp.modules.getItemStr(BOOTSTRAP) != null) return null;   // its body is running
        try {
            Importer.load(interp, BOOTSTRAP);
        } catch (PyException e) {
            // a sys.path without Ember's lib: imports work, modules just get no spec
            if (Abstract.typeOf(e.value) == Exceptions.ModuleNotFoundError
                    && BOOTSTRAP.equals(String.valueOf(Abstract.lookupAttr(e.value, new PyStr("name"))))) return null;
            throw e;
        }
        return interp.importBootstrap;
    }

    /** Gives a module found on the path its {@code __spec__} and {@code __loader__}. */
    static void attachSourceSpec(Interpreter interp, PyModule module, String name, Importer.Found found) {
        if (isBootstrapModule(name)) return;
        Object boot = bootstrap(interp);
        if (boot == null) return;
        Object locations = found.isNamespace() || found.packageDir() != null ? found.searchLocations() : PyNone.NONE;
        Object origin = found.file() == null ? PyNone.NONE : new PyStr(found.file());
        attach(module, call(boot, "_spec_for_found", new PyStr(name), origin, locations));
    }

    /**
     * Gives a module implemented in Java its {@code __spec__} (origin "built-in") and
     * {@code __loader__} when the bootstrap is loaded. Importing only builtin modules does not
     * load it (that costs a cold process ~0.2 s); the bootstrap's {@code _setup} gives those
     * modules their specs once something loads it.
     */
    static void attachBuiltinSpec(Interpreter interp, PyModule module) {
        Object boot = interp.importBootstrap;
        if (boot != null) attach(module, call(boot, "_spec_for_builtin", new PyStr(module.name())));
    }

    private static void attach(PyModule module, Object spec) {
        PyDict d = module.dict();
        d.setItem(new PyStr("__spec__"), spec);
        d.setItem(new PyStr("__loader__"), Abstract.getAttr(spec, new PyStr("loader")));
    }

    /**
     * True when sys.meta_path holds a finder, or sys.path_hooks a hook, that is not one of the
     * bootstrap's own: then the Python protocol must run.
     */
    static boolean hasCustomFinders(Interpreter interp) {
        Object sys = interp.modules.getItemStr("sys");
        if (!(sys instanceof PyModule m)) return false;
        Object defaults = interp.importDefaultFinders;
        return hasForeign(m.dict().getItemStr("meta_path"), defaults)
                || hasForeign(m.dict().getItemStr("path_hooks"), defaults);
    }

    private static boolean hasForeign(Object list, Object defaults) {
        if (!(list instanceof PyList items)) return false;
        for (Object item : items.toArray()) {
            if (!(defaults instanceof PyTuple known) || !containsIdentical(known, item)) return true;
        }
        return false;
    }

    private static boolean containsIdentical(PyTuple tuple, Object item) {
        for (int i = 0; i < tuple.size(); i++) if (tuple.get(i) == item) return true;
        return false;
    }

    /**
     * Finds and loads {@code name} by asking sys.meta_path's finders (the module is registered in
     * sys.modules by the protocol); null when no finder knows it.
     */
    static Object loadThroughMetaPath(Interpreter interp, String name, Object path) {
        Object boot = bootstrap(interp);
        if (boot == null) return null;
        Object module = call(boot, "_find_and_load_via_meta_path", new PyStr(name), path);
        return module == PyNone.NONE ? null : module;
    }

    private static Object call(Object module, String function, Object... args) {
        return Abstract.call(Abstract.getAttr(module, new PyStr(function)), args);
    }
}
