package org.ember.modules;

import java.util.function.Supplier;

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

    static PyType define(String name, Factory factory) {
        return PyType.builtin(name, BuiltinIterator.class)
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> new BuiltinIterator(type, factory.make(args, off, n, kw));
                    t.iter = self -> self;
                    t.iternext = self -> ((BuiltinIterator) self).next();
                })
                .build();
    }

    private final PyType type;
    private Supplier<Object> source;

    BuiltinIterator(PyType type, Supplier<Object> source) {
        this.type = type;
        this.source = source;
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
