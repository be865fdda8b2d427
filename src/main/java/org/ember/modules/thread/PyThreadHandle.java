package org.ember.modules.thread;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * {@code _thread._ThreadHandle}: what {@code start_joinable_thread} returns — the thread's ident
 * and a join that returns once the thread's Python code has finished (not when the Java thread
 * is reclaimed).
 */
public final class PyThreadHandle extends PyObject {

    public static final PyType TYPE = PyType.builtin("_ThreadHandle", PyThreadHandle.class).module("_thread")
            .slots(t -> t.repr = self -> new PyStr("<_thread._ThreadHandle object: ident=" + ((PyThreadHandle) self).ident + ">"))
            .dict(d -> {
                d.getset("ident", self -> PyInt.of(((PyThreadHandle) self).ident), null);
                d.method("join", ArgSpec.keywords("join", 0, 0, 1, "timeout"), (self, a) -> ((PyThreadHandle) self).join(a[0]));
                d.method0("is_done", self -> PyBool.of(((PyThreadHandle) self).isDone()));
                d.method0("_set_done", self -> {
                    ((PyThreadHandle) self).setDone();
                    return PyNone.NONE;
                });
            })
            .build();

    private final CountDownLatch done = new CountDownLatch(1);
    volatile long ident;
    volatile Thread thread;

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isDone() {
        return done.getCount() == 0;
    }

    void setDone() {
        done.countDown();
    }

    private Object join(Object timeoutArg) {
        long nanos = Timeouts.forJoin(timeoutArg);
        if (thread == Thread.currentThread() && !isDone()) throw Errors.runtimeError("Cannot join current thread");
        if (nanos == Timeouts.FOREVER || nanos > 0) {
            Timeouts.interruptibly(nanos, left -> {
                if (left == Timeouts.FOREVER) done.await();
                else if (left > 0) done.await(left, TimeUnit.NANOSECONDS);
                return true;
            });
        }
        return PyNone.NONE;
    }

    static String label(Object o) {
        return Abstract.repr(o).value();
    }
}
