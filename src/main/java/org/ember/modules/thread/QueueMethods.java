package org.ember.modules.thread;

import org.ember.modules.collections.PyDeque;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * queue.Queue's storage methods in Java: {@code _qsize}, {@code _put} and {@code _get} on
 * {@code self.queue} (a deque), as method descriptors of the class {@code _thread._queue_methods(cls)}
 * is given. Every put and get calls two of them; as Java they cost no Python frame. They do what
 * {@code len(self.queue)}, {@code self.queue.append(item)} and {@code self.queue.popleft()} do, the
 * deque's own methods called directly when {@code self.queue} is a plain deque. LifoQueue and
 * PriorityQueue override them in Python as before.
 */
final class QueueMethods {
    private QueueMethods() {}

    private static final PyStr QUEUE = new PyStr("queue");
    private static final PyStr APPEND = new PyStr("append");
    private static final PyStr POPLEFT = new PyStr("popleft");

    static PyDict methodsFor(Object clsObj) {
        if (!(clsObj instanceof PyType cls)) throw Errors.typeError("_queue_methods() argument must be a type");
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
        return methods;
    }

    private static void put(PyDict methods, PyType cls, ArgSpec spec, PyBuiltinFunction.Body body) {
        methods.setItem(new PyStr(spec.name()), new PyMethodDescr(cls, spec, body, false));
    }
}
