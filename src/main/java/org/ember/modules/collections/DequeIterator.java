package org.ember.modules.collections;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: iterate a deque from
 * one end, raising "deque mutated during iteration" once the deque changed under them (checked
 * before every item, even after the last one, as CPython does).
 */
final class DequeIterator extends PyObject {

    static final PyType FORWARD = iteratorType("_deque_iterator", false);
    static final PyType REVERSE = iteratorType("_deque_reverse_iterator", true);

    private static PyType iteratorType(String name, boolean reverse) {
        return PyType.builtin(name, DequeIterator.class).module("collections")
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> {
                        Object[] a = ArgSpec.positional(name, 1, 2).bind(args, off, n, kw);
                        PyDeque deque = PyDeque.asDeque(a[0]);
                        if (deque == null) {
                            throw Errors.typeError("%s() argument 1 must be collections.deque, not %s", name,
                                    Abstract.typeName(a[0]));
                        }
                        DequeIterator it = new DequeIterator(deque, reverse);
                        long skip = a[1] == null ? 0 : Abstract.asSize(a[1], null);
                        for (long i = 0; i < skip && it.next() != null; i++) {
                            // advance to the pickled position
                        }
                        return it;
                    };
                    t.iter = self -> self;
                    t.iternext = self -> ((DequeIterator) self).next();
                })
                .dict(d -> {
                    d.method0("__length_hint__", self -> PyInt.of(((DequeIterator) self).remaining()));
                    d.method0("__reduce__", self -> {
                        DequeIterator it = (DequeIterator) self;
                        return PyTuple.of(it.type(), PyTuple.of(it.deque, PyInt.of(it.consumed())));
                    });
                })
                .build();
    }

    private final PyDeque deque;
    private final boolean reverse;
    private final long state;
    private final int initialSize;
    /** Items still to produce. */
    private int counter;

    DequeIterator(PyDeque deque, boolean reverse) {
        this.deque = deque;
        this.reverse = reverse;
        synchronized (deque) {
            this.state = deque.state();
            this.initialSize = deque.size();
        }
        this.counter = initialSize;
    }

    @Override
    public PyType type() {
        return reverse ? REVERSE : FORWARD;
    }

    synchronized Object next() {
        if (deque.state() != state) {
            counter = 0;
            throw Errors.runtimeError("deque mutated during iteration");
        }
        if (counter == 0) return null;
        int index = reverse ? counter - 1 : initialSize - counter;
        Object item = deque.itemIfState(index, state);
        if (item == null) {
            counter = 0;
            throw Errors.runtimeError("deque mutated during iteration");
        }
        counter--;
        return item;
    }

    private synchronized int remaining() {
        return counter;
    }

    private synchronized int consumed() {
        return initialSize - counter;
    }
}
