package org.ember.modules.thread;

import org.ember.runtime.Abstract;
import org.ember.runtime.CompareOp;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * The hot methods of threading.Condition in Java: {@code __enter__}, {@code __exit__},
 * {@code notify} and {@code notify_all}. Condition stays a Python class (lib/threading.py; its
 * state is the instance attributes {@code _lock} and {@code _waiters}, a list of waiter locks),
 * and {@code _thread._condition_methods(cls)} makes these as method descriptors of {@code cls}.
 * They do what the Python methods do, without a Python frame per call: a queue.Queue enters and
 * notifies a condition on every put and get. When the lock is a plain {@code _thread} lock or
 * RLock and the condition is exactly {@code cls} (no subclass overriding {@code _is_owned}),
 * ownership is asked of the lock directly; otherwise through {@code self._is_owned()}.
 */
final class ConditionMethods {
    private ConditionMethods() {}

    private static final PyStr LOCK = new PyStr("_lock");
    private static final PyStr WAITERS = new PyStr("_waiters");
    private static final PyStr IS_OWNED = new PyStr("_is_owned");
    private static final PyStr ENTER = new PyStr("__enter__");
    private static final PyStr EXIT = new PyStr("__exit__");
    private static final PyStr RELEASE = new PyStr("release");
    private static final PyStr POP = new PyStr("pop");
    private static final PyStr NOTIFY = new PyStr("notify");

    static PyDict methodsFor(Object clsObj) {
        if (!(clsObj instanceof PyType cls)) throw Errors.typeError("_condition_methods() argument must be a type");
        PyDict methods = new PyDict();
        String owner = cls.qualname();
        put(methods, cls, "__enter__", (self, a) -> {
            bind(owner + ".__enter__", a, null);
            return enter(self);
        });
        put(methods, cls, "__exit__", (self, a) -> exit(self, positionalOnly(owner + ".__exit__", a)));
        put(methods, cls, "notify", (self, a) -> {
            Object n = bind(owner + ".notify", a, "n");
            notify(cls, self, n == null ? PyInt.ONE : n);
            return PyNone.NONE;
        });
        put(methods, cls, "notify_all", (self, a) -> {
            bind(owner + ".notify_all", a, null);
            return notifyAll(cls, self);
        });
        return methods;
    }

    /** The methods take their arguments raw (VECTOR) to raise the Python methods' own messages. */
    private static void put(PyDict methods, PyType cls, String name, PyBuiltinFunction.Body body) {
        methods.setItem(new PyStr(name), new PyMethodDescr(cls, ArgSpec.vector(name), body, false));
    }

    /**
     * Binds a VECTOR call {args, nargs, kwnames} to {@code def f(self[, optional=...])}: returns
     * the optional parameter's value (null when not given) with CPython's messages for a Python
     * function named {@code qualname}.
     */
    private static Object bind(String qualname, Object[] call, String optional) {
        Object[] args = (Object[]) call[0];
        int nargs = (Integer) call[1];
        PyTuple kwnames = (PyTuple) call[2];
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = nargs - nkw;
        int max = optional == null ? 0 : 1;
        if (npos > max) {
            String takes = optional == null ? "takes 1 positional argument" : "takes from 1 to 2 positional arguments";
            throw Errors.typeError("%s() %s but %d were given", qualname, takes, npos + 1);
        }
        Object value = npos == 1 ? args[0] : null;
        for (int k = 0; k < nkw; k++) {
            String keyword = ((PyStr) kwnames.get(k)).value();
            if (!keyword.equals(optional)) {
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", qualname, keyword);
            }
            if (value != null) throw Errors.typeError("%s() got multiple values for argument '%s'", qualname, keyword);
            value = args[npos + k];
        }
        return value;
    }

    /** A VECTOR call to {@code def f(self, *args)}: the positional arguments. */
    private static PyTuple positionalOnly(String qualname, Object[] call) {
        Object[] args = (Object[]) call[0];
        PyTuple kwnames = (PyTuple) call[2];
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("%s() got an unexpected keyword argument '%s'", qualname, ((PyStr) kwnames.get(0)).value());
        }
        return PyTuple.of(args);
    }

    /** {@code self._lock.__enter__()}. */
    private static Object enter(Object self) {
        Object lock = Abstract.getAttr(self, LOCK);
        if (lock instanceof PyLock plain) return PyBool.of(plain.acquire(Timeouts.FOREVER));
        if (lock instanceof PyRLock reentrant) return PyBool.of(reentrant.acquire(Timeouts.FOREVER));
        return Abstract.call(Abstract.getAttr(lock, ENTER));
    }

    /** {@code self._lock.__exit__(*args)}. */
    private static Object exit(Object self, PyTuple args) {
        Object lock = Abstract.getAttr(self, LOCK);
        if (lock instanceof PyLock plain) return plain.release();
        if (lock instanceof PyRLock reentrant) return reentrant.release();
        return Abstract.call(Abstract.getAttr(lock, EXIT), args.items());
    }

    /**
     * notify(n): RuntimeError unless the lock is held; then releases up to n waiter locks, oldest
     * first, skipping those whose waiter gave up meanwhile (their release raises RuntimeError).
     */
    static void notify(PyType cls, Object self, Object n) {
        if (!isOwned(cls, self)) throw Errors.runtimeError("cannot notify on un-acquired lock");
        Object waitersObj = Abstract.getAttr(self, WAITERS);
        if (Abstract.len(waitersObj) == 0) return;    // a busy queue's usual case: nobody waits
        long woken = 0;
        while (Abstract.isTrue(waitersObj) && below(woken, n)) {
            Object waiter = waitersObj instanceof PyList list ? list.pop(0) : Abstract.callMethod(
                    Abstract.getAttr(waitersObj, POP), waitersObj, PyInt.ZERO);
            try {
                if (waiter instanceof PyLock plain) plain.release();
                else Abstract.call(Abstract.getAttr(waiter, RELEASE));
                woken++;
            } catch (PyException e) {
                if (!e.matches(Exceptions.RuntimeError)) throw e;
                // that waiter timed out meanwhile
            }
        }
    }

    /** {@code woken < n} as Python compares them (n is normally an int). */
    private static boolean below(long woken, Object n) {
        if (n instanceof PyInt limit && limit.fitsLong()) return woken < limit.longValue();
        return Abstract.richCompareBool(PyInt.of(woken), n, CompareOp.LT);
    }

    /** notify_all(): {@code self.notify(len(self._waiters))}, so a subclass's notify is honoured. */
    static Object notifyAll(PyType cls, Object self) {
        Object count = PyInt.of(Abstract.len(Abstract.getAttr(self, WAITERS)));
        if (Abstract.typeOf(self) == cls) notify(cls, self, count);
        else Abstract.call(Abstract.getAttr(self, NOTIFY), count);
        return PyNone.NONE;
    }

    private static boolean isOwned(PyType cls, Object self) {
        if (Abstract.typeOf(self) == cls) {
            Object lock = Abstract.getAttr(self, LOCK);
            if (lock instanceof PyLock plain) return plain.isLocked();
            if (lock instanceof PyRLock reentrant) return reentrant.isHeldByCurrentThread();
        }
        return Abstract.isTrue(Abstract.call(Abstract.getAttr(self, IS_OWNED)));
    }
}
