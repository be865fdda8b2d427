package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.modules.thread.ThreadModule;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code atexit}: functions run when the interpreter exits (after the main program and after
 * the non-daemon threads have finished), last registered first. An exception in one is printed
 * as "Exception ignored in atexit callback &lt;f&gt;:" with its traceback, and the others still run.
 * The session calls {@code _run_exitfuncs} through sys.modules, so a program that never imports
 * atexit pays nothing.
 */
public final class Atexit {
    private Atexit() {}

    /** One registration: the function and the arguments to call it with. */
    private record Callback(Object function, PyTuple args, PyDict kwargs) {}

    public static PyModule create(Interpreter interp) {
        List<Callback> callbacks = new ArrayList<>();
        PyModule m = new PyModule("atexit");
        def(m, ArgSpec.vector("register"), (self, a) -> register(callbacks, a));
        def(m, ArgSpec.one("unregister"), (self, a) -> {
            unregister(callbacks, a[0]);
            return PyNone.NONE;
        });
        def(m, ArgSpec.noArgs("_run_exitfuncs"), (self, a) -> {
            runAll(interp, callbacks);
            return PyNone.NONE;
        });
        def(m, ArgSpec.noArgs("_clear"), (self, a) -> {
            synchronized (callbacks) {
                callbacks.clear();
            }
            return PyNone.NONE;
        });
        def(m, ArgSpec.noArgs("_ncallbacks"), (self, a) -> {
            synchronized (callbacks) {
                return PyInt.of(callbacks.size());
            }
        });
        return m;
    }

    /** register(func, *args, **kwargs): returns func, so it works as a decorator. */
    private static Object register(List<Callback> callbacks, Object[] bound) {
        Object[] args = (Object[]) bound[0];
        int nargs = (Integer) bound[1];
        PyTuple kwnames = (PyTuple) bound[2];
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = nargs - nkw;
        if (npos < 1) throw Errors.typeError("register() takes at least 1 argument (0 given)");
        Object function = args[0];
        if (Abstract.typeOf(function).call == null && !(function instanceof PyBuiltinFunction)) {
            throw Errors.typeError("the first argument must be callable");
        }
        Object[] positional = java.util.Arrays.copyOfRange(args, 1, npos);
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) kwargs.setItem(kwnames.get(i), args[npos + i]);
        synchronized (callbacks) {
            callbacks.add(new Callback(function, PyTuple.of(positional), kwargs));
        }
        return function;
    }

    /** Removes every registration of a function equal (==) to {@code function}. */
    private static void unregister(List<Callback> callbacks, Object function) {
        List<Callback> snapshot;
        synchronized (callbacks) {
            snapshot = new ArrayList<>(callbacks);
        }
        List<Callback> doomed = new ArrayList<>();
        for (Callback c : snapshot) {
            if (Abstract.equal(c.function(), function)) doomed.add(c);
        }
        synchronized (callbacks) {
            callbacks.removeAll(doomed);
        }
    }

    /** Runs and removes the callbacks, last registered first. */
    private static void runAll(Interpreter interp, List<Callback> callbacks) {
        while (true) {
            Callback next;
            synchronized (callbacks) {
                if (callbacks.isEmpty()) return;
                next = callbacks.remove(callbacks.size() - 1);
            }
            try {
                ThreadModule.callWith(next.function(), next.args(), next.kwargs());
            } catch (PyException e) {
                String label;
                try {
                    label = Abstract.repr(next.function()).value();
                } catch (PyException failed) {
                    label = "<object repr() failed>";
                }
                ThreadModule.report(interp, "Exception ignored in atexit callback " + label + ":\n", e.value);
            }
        }
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
