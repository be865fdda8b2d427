package org.ember.modules;

import java.util.function.Supplier;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * The iterator types of the builtins module ({@code enumerate}, {@code zip}, {@code map},
 * {@code filter}, {@code reversed}): each a Python type over a Java supplier returning the next
 * item, or null when exhausted.
 */
final class BuiltinIterator extends PyObject {

    /** Makes the item source from the constructor's arguments (vectorcall layout). */
    @FunctionalInterface
    interface Factory {
        Supplier<Object> make(Object[] args, int offset, int nargs, PyTuple kwnames);
    }

    /**
     * An item source over a sequence by position, which can say how much is left, be pickled as
     * (type, (sequence,), position) and be moved by __setstate__ ({@code reversed}).
     */
    interface Positioned extends Supplier<Object> {
        long lengthHint();
        Object sequence();
        long position();
        void setPosition(long position);
    }

    /**
     * An item source that can say how to remake its iterator ({@code enumerate}, {@code zip},
     * {@code map}, {@code filter}): __reduce__ gives (type, args[, state]), also once exhausted;
     * __setstate__ takes the state back (zip's and map's strict flag).
     */
    interface Reducible extends Supplier<Object> {
        PyTuple reduceArgs();

        /** The third item of __reduce__'s tuple, or null for none. */
        default Object reduceState() {
            return null;
        }

        default void setState(Object state) {
            throw new UnsupportedOperationException("no __setstate__");
        }
    }

    /** A type whose sources are {@link Reducible}: with __reduce__, and __setstate__ when {@code settable}. */
    static PyType defineReducible(String name, Factory factory, boolean settable) {
        return iteratorType(name, factory)
                .subclassable()
                .dict(d -> {
                    d.method0("__reduce__", self -> {
                        Reducible r = (Reducible) it(self).origin;
                        Object state = r.reduceState();
                        PyType type = Abstract.typeOf(self);
                        return state == null ? PyTuple.of(type, r.reduceArgs()) : PyTuple.of(type, r.reduceArgs(), state);
                    });
                    if (settable) {
                        d.method1("__setstate__", (self, state) -> {
                            ((Reducible) it(self).origin).setState(state);
                            return PyNone.NONE;
                        });
                    }
                })
                .build();
    }

    static PyType define(String name, Factory factory) {
        return iteratorType(name, factory).build();
    }

    /** The type's construction and iterator protocol, shared by every kind of source. */
    private static PyType.Spec iteratorType(String name, Factory factory) {
        return PyType.builtin(name, BuiltinIterator.class)
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> {
                        PyType builtin = type;
                        while (builtin.isHeapType()) builtin = builtin.base();   // a subclass wraps the builtin iterator
                        return type.wrap(new BuiltinIterator(builtin, factory.make(args, off, n, kw)));
                    };
                    t.iter = self -> self;
                    t.iternext = self -> it(self).next();
                });
    }

    /** A type whose sources are {@link Positioned}: with __length_hint__, __reduce__ and __setstate__. */
    static PyType definePositioned(String name, Factory factory) {
        return iteratorType(name, factory)
                .subclassable()
                .dict(d -> {
                    d.method0("__length_hint__", self -> PyInt.of(it(self).lengthHint()));
                    d.method0("__reduce__", self -> it(self).reduce(Abstract.typeOf(self)));
                    d.method1("__setstate__", (self, state) -> {
                        it(self).setState(state);
                        return PyNone.NONE;
                    });
                })
                .build();
    }

    /** The iterator itself, also inside an instance of a Python subclass. */
    private static BuiltinIterator it(Object self) {
        return (BuiltinIterator) Abstract.builtinPart(self);
    }

    private synchronized long lengthHint() {
        return source instanceof Positioned p ? p.lengthHint() : 0;
    }

    /** (type, (sequence,), position); (type, ((),)) once exhausted. */
    private synchronized Object reduce(PyType type) {
        if (!(source instanceof Positioned p)) return PyTuple.of(type, PyTuple.of(PyTuple.EMPTY));
        return PyTuple.of(type, PyTuple.of(p.sequence()), PyInt.of(p.position()));
    }

    private synchronized void setState(Object state) {
        PyInt position = PyInt.asInt(state);
        if (position == null) throw Errors.typeError("an integer is required");
        if (!position.fitsLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        if (source instanceof Positioned p) p.setPosition(position.longValue());
    }

    private final PyType type;
    private Supplier<Object> source;
    /** The source as made, kept after exhaustion (a Reducible still reduces then). */
    private final Supplier<Object> origin;

    BuiltinIterator(PyType type, Supplier<Object> source) {
        this.type = type;
        this.source = source;
        this.origin = source;
    }

    @Override
    public PyType type() {
        return type;
    }

    private synchronized Object next() {
        if (source == null) return null;
        Object item = source.get();
        if (item == null) source = null;
        return item;
    }
}
