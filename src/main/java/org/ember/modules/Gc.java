package org.ember.modules;

import java.util.concurrent.atomic.AtomicBoolean;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code gc} on the JVM. Memory is the JVM collector's business, so this module is honest
 * rather than faithful: {@code collect()} asks the JVM for a full collection
 * ({@code System.gc()}), then runs the weakref callbacks of every referent found dead and
 * returns how many such referents there were (not CPython's count of unreachable objects).
 * enable/disable/thresholds/debug flags are remembered but change nothing; counts are zeros;
 * get_objects/get_referrers return empty lists (the JVM heap cannot be walked);
 * get_referents answers for lists and tuples (their items) and is empty for other objects.
 * The functions in {@code gc.callbacks} are called before and after each {@code collect()}
 * with CPython's phases and info keys.
 */
public final class Gc {
    private Gc() {}

    public static PyModule create(Interpreter interp) {
        AtomicBoolean enabled = new AtomicBoolean(true);
        long[] thresholds = {2000, 10, 10};
        long[] debug = {0};
        PyModule m = new PyModule("gc");
        PyDict d = m.dict();
        d.setItem(new PyStr("garbage"), new PyList());
        d.setItem(new PyStr("callbacks"), new PyList());
        int[] flags = {1, 2, 4, 32, 38};
        String[] names = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"};
        for (int i = 0; i < flags.length; i++) d.setItem(new PyStr(names[i]), PyInt.of(flags[i]));
        def(m, ArgSpec.keywords("collect", 0, 0, 1, "generation"), (self, a) -> {
            long generation = 2;
            if (a[0] != null) {
                generation = Abstract.asSize(a[0], Exceptions.OverflowError);
                if (generation < 0 || generation > 2) throw Errors.valueError("invalid generation");
            }
            Object callbacks = d.getItemStr("callbacks");
            runCallbacks(callbacks, "start", generation, 0);
            int collected = collect(interp);
            runCallbacks(callbacks, "stop", generation, collected);
            return PyInt.of(collected);
        });
        def(m, ArgSpec.noArgs("enable"), (self, a) -> {
            enabled.set(true);
            return PyNone.NONE;
        });
        def(m, ArgSpec.noArgs("disable"), (self, a) -> {
            enabled.set(false);
            return PyNone.NONE;
        });
        def(m, ArgSpec.noArgs("isenabled"), (self, a) -> PyBool.of(enabled.get()));
        def(m, ArgSpec.noArgs("get_count"), (self, a) -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0)));
        def(m, ArgSpec.noArgs("get_threshold"), (self, a) -> {
            synchronized (thresholds) {
                return PyTuple.of(PyInt.of(thresholds[0]), PyInt.of(thresholds[1]), PyInt.of(thresholds[2]));
            }
        });
        def(m, ArgSpec.positional("set_threshold", 1, 3), (self, a) -> {
            synchronized (thresholds) {
                for (int i = 0; i < 3; i++) {
                    if (a[i] != null) thresholds[i] = PyInt.asInt(Abstract.index(a[i])).longValue();
                }
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.noArgs("get_debug"), (self, a) -> PyInt.of(debug[0]));
        def(m, ArgSpec.one("set_debug"), (self, a) -> {
            debug[0] = PyInt.asInt(Abstract.index(a[0])).longValue();
            return PyNone.NONE;
        });
        def(m, ArgSpec.one("is_tracked"), (self, a) -> PyBool.of(isTracked(a[0])));
        def(m, ArgSpec.one("is_finalized"), (self, a) -> PyBool.FALSE);
        def(m, ArgSpec.noArgs("freeze"), (self, a) -> PyNone.NONE);
        def(m, ArgSpec.noArgs("unfreeze"), (self, a) -> PyNone.NONE);
        def(m, ArgSpec.noArgs("get_freeze_count"), (self, a) -> PyInt.of(0));
        def(m, ArgSpec.keywords("get_objects", 0, 0, 1, "generation"), (self, a) -> new PyList());
        def(m, ArgSpec.varargs("get_referrers"), (self, a) -> new PyList());
        def(m, ArgSpec.varargs("get_referents"), (self, a) -> referents((PyTuple) a[0]));
        def(m, ArgSpec.noArgs("get_stats"), (self, a) -> {
            PyList stats = new PyList();
            for (int i = 0; i < 3; i++) {
                PyDict gen = new PyDict();
                gen.setItem(new PyStr("collections"), PyInt.of(0));
                gen.setItem(new PyStr("collected"), PyInt.of(0));
                gen.setItem(new PyStr("uncollectable"), PyInt.of(0));
                stats.append(gen);
            }
            return stats;
        });
        return m;
    }

    /**
     * A full JVM collection, then the weakref callbacks of what died. Weak references are
     * cleared during the collection itself, so the scan right after it sees them all.
     */
    static int collect(Interpreter interp) {
        System.gc();
        int died = interp.weakRefs.processCleared();
        org.ember.interp.NeverAwaited.warnAfterCollection(interp);
        return died;
    }

    /** Calls each of gc.callbacks (a snapshot: a callback may remove itself) with (phase, info). */
    private static void runCallbacks(Object callbacks, String phase, long generation, int collected) {
        if (!(callbacks instanceof PyList list) || list.size() == 0) return;
        PyDict info = new PyDict();
        info.setItem(new PyStr("generation"), PyInt.of(generation));
        info.setItem(new PyStr("collected"), PyInt.of(collected));
        info.setItem(new PyStr("uncollectable"), PyInt.of(0));
        for (Object callback : list.toArray()) Abstract.call(callback, new PyStr(phase), info);
    }

    /** The objects the arguments refer to directly, where Ember can say: the items of lists and tuples. */
    private static PyList referents(PyTuple objects) {
        PyList found = new PyList();
        for (Object o : objects.items()) {
            Object[] items = o instanceof PyList list ? list.toArray() : o instanceof PyTuple t ? t.items() : new Object[0];
            for (Object item : items) found.append(item);
        }
        return found;
    }

    /** CPython's answer where it is structural: atoms are never tracked, containers are. */
    private static boolean isTracked(Object o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o == PyNone.NONE) return false;
        if (o instanceof PyTuple t) {
            for (Object item : t.items()) if (isTracked(item)) return true;
            return false;
        }
        if (o instanceof PyDict dict) {
            for (Object[] e : dict.entries()) if (isTracked(e[0]) || isTracked(e[1])) return true;
            return false;
        }
        return true;
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
