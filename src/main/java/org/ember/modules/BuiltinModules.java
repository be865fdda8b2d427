package org.ember.modules;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ember.runtime.Interpreter;
import org.ember.runtime.PyModule;

/**
 * The modules implemented in Java ("built-in" modules in CPython's sense). The importer asks
 * this registry before it searches {@code sys.path}; a module is created on its first import,
 * once per interpreter. {@code builtins} and {@code sys} are not listed: every session
 * installs them eagerly.
 *
 * <p>To add a module: write a class with {@code static PyModule create(Interpreter)} that
 * builds the module (without registering it in sys.modules — the importer does that) and add
 * one line below, kept in alphabetical order.
 */
public final class BuiltinModules {
    private BuiltinModules() {}

    private static final Map<String, Function<Interpreter, PyModule>> FACTORIES = new TreeMap<>();
    static {
        FACTORIES.put("_blake2", org.ember.modules.binary.Blake2::create);
        FACTORIES.put("_codecs", Codecs::create);
        FACTORIES.put("_collections", org.ember.modules.collections.CollectionsModule::create);
        FACTORIES.put("_contextvars", ContextVars::create);
        FACTORIES.put("_ember_abc", EmberAbc::create);
        FACTORIES.put("_ember_pickle", PickleAccel::create);
        FACTORIES.put("_ember_subprocess", SubprocessModule::create);
        FACTORIES.put("_functools", FunctoolsModule::create);
        FACTORIES.put("_json", org.ember.modules.json.JsonModule::create);
        FACTORIES.put("_hashlib", org.ember.modules.binary.HashLib::create);
        FACTORIES.put("_imp", Imp::create);
        FACTORIES.put("_opcode", OpcodeModule::create);
        FACTORIES.put("_operator", OperatorModule::create);
        FACTORIES.put("_random", RandomCore::create);
        FACTORIES.put("_struct", org.ember.modules.binary.StructModule::create);
        FACTORIES.put("_suggestions", Suggestions::create);
        FACTORIES.put("_re", org.ember.modules.re.ReModule::create);
        FACTORIES.put("_signal", SignalModule::create);
        FACTORIES.put("_sitebuiltins", SiteBuiltins::create);
        FACTORIES.put("_thread", org.ember.modules.thread.ThreadModule::create);
        FACTORIES.put("_tokenize", TokenizeModule::create);
        FACTORIES.put("_warnings", Warnings::create);
        FACTORIES.put("_weakref", WeakRef::create);
        FACTORIES.put("array", org.ember.modules.binary.ArrayModule::create);
        FACTORIES.put("atexit", Atexit::create);
        FACTORIES.put("binascii", org.ember.modules.binary.Binascii::create);
        FACTORIES.put("cmath", CMath::create);
        FACTORIES.put("errno", Errno::create);
        FACTORIES.put("gc", Gc::create);
        FACTORIES.put("grp", Grp::create);
        FACTORIES.put("itertools", Itertools::create);
        FACTORIES.put("marshal", Marshal::create);
        FACTORIES.put("math", MathModule::create);
        FACTORIES.put("posix", Posix::create);
        FACTORIES.put("pwd", Pwd::create);
        FACTORIES.put("resource", ResourceModule::create);
        FACTORIES.put("time", Time::create);
        FACTORIES.put("unicodedata", UnicodeData::create);
        FACTORIES.put("zlib", org.ember.modules.binary.Zlib::create);
    }

    /** The factory for a built-in module, or null when {@code name} is not one. */
    public static Function<Interpreter, PyModule> factory(String name) {
        return FACTORIES.get(name);
    }

    /** The names, sorted: {@code sys.builtin_module_names} adds "builtins" and "sys". */
    public static java.util.Set<String> names() {
        return Collections.unmodifiableSet(FACTORIES.keySet());
    }
}
