package org.ember.modules.thread;

import org.ember.modules.collections.PyDeque;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * queue.Queue's hot methods in Java, as method descriptors of the class given to
 * {@code _thread._queue_methods(cls, condition_class, shutdown_exception)}:
 * <ul>
 * <li>the storage methods {@code _qsize}, {@code _put} and {@code _get} on {@code self.queue}
 *     (a plain deque is used directly; LifoQueue and PriorityQueue override them in Python);</li>
 * <li>{@code put(item)}, {@code get()} and {@code task_done()}: the blocking, no-timeout calls a
 *     producer/consumer makes, step for step what the Python methods do (every attribute read
 *     through the instance, so overridden storage methods and replaced attributes count). Any
 *     other call (block=False, a timeout, keywords, bad arguments) and any queue whose condition
 *     is not a plain {@code threading.Condition} on a {@code _thread} lock or RLock goes to the
 *     Python method the class defined, which stays the specification.</li>
 * </ul>
 */
final class QueueMethods {
    private QueueMethods() {}

    private static final PyStr QUEUE = new PyStr("queue");
    private static final PyStr APPEND = new PyStr("append");
    private static final PyStr POPLEFT = new PyStr("popleft");
    private static final PyStr NOT_FULL = new PyStr("not_full");
    private static final PyStr NOT_EMPTY = new PyStr("not_empty");
    private static final PyStr ALL_TASKS_DONE = new PyStr("all_tasks_done");
    private static final PyStr IS_SHUTDOWN = new PyStr("is_shutdown");
    private static final PyStr MAXSIZE = new PyStr("maxsize");
    private static final PyStr UNFINISHED = new PyStr("unfinished_tasks");
    private static final PyStr QSIZE = new PyStr("_qsize");
    private static final PyStr PUT = new PyStr("_put");
    private static final PyStr GET = new PyStr("_get");
    private static final PyStr WAIT = new PyStr("wait");
    private static final PyStr NOTIFY = new PyStr("notify");
    private static final PyStr NOTIFY_ALL = new PyStr("notify_all");
    private static final PyStr LOCK = new PyStr("_lock");

    /** What the Java methods of one Queue class need: the Condition class, ShutDown, and the Python methods. */
    private record Setting(PyType condition, Object shutDown, Object pyPut, Object pyGet, Object pyTaskDone) {}

    static PyDict methodsFor(Object clsObj, Object conditionObj, Object shutDown) {
        if (!(clsObj instanceof PyType cls) || !(conditionObj instanceof PyType condition)) {
            throw Errors.typeError("_queue_methods() arguments must be types");
        }
        Setting setting = new Setting(condition, shutDown, cls.dict().getItemStr("put"), cls.dict().getItemStr("get"),
                cls.dict().getItemStr("task_done"));
        PyDict methods = new PyDict();
        put(methods, cls, ArgSpec.noArgs("_qsize"), (self, a) -> PyInt.of(Abstract.len(Abstract.getAttr(self, QUEUE))));
        put(methods, cls, ArgSpec.one("_put"), (self, a) -> {
            Object store = Abstract.getAttr(self, QUEUE);
            if (store instanceof PyDeque deque) deque.append(a[0]);
            else Abstract.call(Abstract.getAttr(store, APPEND), a[0]);
            return PyNone.NONE;
        });
        put(methods, cls, ArgSpec.noArgs("_get"), (self, a) -> {
            Object store = Abstract.getAttr(self, QUEUE);
            return store instanceof PyDeque deque ? deque.popLeft() : Abstract.call(Abstract.getAttr(store, POPLEFT));
        });
        if (setting.pyPut() != null) {
            put(methods, cls, ArgSpec.vector("put"), (self, a) -> plainCall(a, 1)
                    ? blockingPut(setting, self, ((Object[]) a[0])[0]) : fallback(setting.pyPut(), self, a));
        }
        if (setting.pyGet() != null) {
            put(methods, cls, ArgSpec.vector("get"), (self, a) -> plainCall(a, 0)
                    ? blockingGet(setting, self) : fallback(setting.pyGet(), self, a));
        }
        if (setting.pyTaskDone() != null) {
            put(methods, cls, ArgSpec.vector("task_done"), (self, a) -> plainCall(a, 0)
                    ? taskDone(setting, self) : fallback(setting.pyTaskDone(), self, a));
        }
        return methods;
    }

    private static void put(PyDict methods, PyType cls, ArgSpec spec, PyBuiltinFunction.Body body) {
        methods.setItem(new PyStr(spec.name()), new PyMethodDescr(cls, spec, body, false));
    }

    /** Whether a VECTOR call {args, nargs, kwnames} is exactly {@code positional} positional arguments. */
    private static boolean plainCall(Object[] call, int positional) {
        PyTuple kwnames = (PyTuple) call[2];
        return (Integer) call[1] == positional && (kwnames == null || kwnames.size() == 0);
    }

    private static Object fallback(Object pythonMethod, Object self, Object[] call) {
        Object[] args = (Object[]) call[0];
        return Abstract.callMethodVector(pythonMethod, self, args, 0, (Integer) call[1], (PyTuple) call[2]);
    }

    /** {@code put(item)}: waits while the queue is full; ShutDown once it is shut down. */
    private static Object blockingPut(Setting setting, Object self, Object item) {
        Object notFull = Abstract.getAttr(self, NOT_FULL);
        Object lock = plainLock(setting, notFull);
        if (lock == null) return Abstract.callMethod(setting.pyPut(), self, item);
        acquire(lock);
        try {
            if (Abstract.isTrue(Abstract.getAttr(self, IS_SHUTDOWN))) throw shutDown(setting);
            Object maxsize = Abstract.getAttr(self, MAXSIZE);
            if (Abstract.richCompareBool(maxsize, PyInt.ZERO, CompareOp.GT)) {
                while (Abstract.richCompareBool(qsize(self), Abstract.getAttr(self, MAXSIZE), CompareOp.GE)) {
                    Abstract.call(Abstract.getAttr(notFull, WAIT));
                    if (Abstract.isTrue(Abstract.getAttr(self, IS_SHUTDOWN))) throw shutDown(setting);
                }
            }
            Abstract.call(Abstract.getAttr(self, PUT), item);
            Abstract.setAttr(self, UNFINISHED, Abstract.binaryOp(Abstract.getAttr(self, UNFINISHED), PyInt.ONE, BinOp.ADD));
            notify(setting, Abstract.getAttr(self, NOT_EMPTY));
            return PyNone.NONE;
        } finally {
            release(lock);
        }
    }

    /** {@code get()}: waits while the queue is empty; ShutDown when shut down and empty. */
    private static Object blockingGet(Setting setting, Object self) {
        Object notEmpty = Abstract.getAttr(self, NOT_EMPTY);
        Object lock = plainLock(setting, notEmpty);
        if (lock == null) return Abstract.callMethod(setting.pyGet(), self);
        acquire(lock);
        try {
            if (Abstract.isTrue(Abstract.getAttr(self, IS_SHUTDOWN)) && !Abstract.isTrue(qsize(self))) throw shutDown(setting);
            while (!Abstract.isTrue(qsize(self))) {
                Abstract.call(Abstract.getAttr(notEmpty, WAIT));
                if (Abstract.isTrue(Abstract.getAttr(self, IS_SHUTDOWN)) && !Abstract.isTrue(qsize(self))) {
                    throw shutDown(setting);
                }
            }
            Object item = Abstract.call(Abstract.getAttr(self, GET));
            notify(setting, Abstract.getAttr(self, NOT_FULL));
            return item;
        } finally {
            release(lock);
        }
    }

    /** {@code task_done()}: one fewer unfinished task; join() waiters are woken at zero. */
    private static Object taskDone(Setting setting, Object self) {
        Object allDone = Abstract.getAttr(self, ALL_TASKS_DONE);
        Object lock = plainLock(setting, allDone);
        if (lock == null) return Abstract.callMethod(setting.pyTaskDone(), self);
        acquire(lock);
        try {
            Object unfinished = Abstract.binaryOp(Abstract.getAttr(self, UNFINISHED), PyInt.ONE, BinOp.SUB);
            if (Abstract.richCompareBool(unfinished, PyInt.ZERO, CompareOp.LE)) {
                if (Abstract.richCompareBool(unfinished, PyInt.ZERO, CompareOp.LT)) {
                    throw Errors.valueError("task_done() called too many times");
                }
                if (Abstract.typeOf(allDone) == setting.condition()) ConditionMethods.notifyAll(setting.condition(), allDone);
                else Abstract.call(Abstract.getAttr(allDone, NOTIFY_ALL));
            }
            Abstract.setAttr(self, UNFINISHED, unfinished);
            return PyNone.NONE;
        } finally {
            release(lock);
        }
    }

    /**
     * The lock of {@code condition} when entering the condition is just taking that lock: an
     * exact threading.Condition over a {@code _thread} lock or RLock; else null.
     */
    private static Object plainLock(Setting setting, Object condition) {
        if (Abstract.typeOf(condition) != setting.condition()) return null;
        Object lock = Abstract.getAttr(condition, LOCK);
        return lock instanceof PyLock || lock instanceof PyRLock ? lock : null;
    }

    private static void acquire(Object lock) {
        if (lock instanceof PyLock plain) plain.acquire(Timeouts.FOREVER);
        else ((PyRLock) lock).acquire(Timeouts.FOREVER);
    }

    private static void release(Object lock) {
        if (lock instanceof PyLock plain) plain.release();
        else ((PyRLock) lock).release();
    }

    private static Object qsize(Object self) {
        return Abstract.call(Abstract.getAttr(self, QSIZE));
    }

    private static void notify(Setting setting, Object condition) {
        if (Abstract.typeOf(condition) == setting.condition()) ConditionMethods.notify(setting.condition(), condition, PyInt.ONE);
        else Abstract.call(Abstract.getAttr(condition, NOTIFY));
    }

    private static RuntimeException shutDown(Setting setting) {
        Object made = Abstract.call(setting.shutDown());
        if (made instanceof PyBaseException e) return e.toThrow();
        throw Errors.typeError("exceptions must derive from BaseException");
    }
}
