package org.ember.runtime;

import java.util.function.Function;

/** Test helpers: building values and classes, and stand-ins for Python functions. */
final class Py {
    private Py() {}

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyInt big(String decimal) {
        return PyInt.of(new java.math.BigInteger(decimal));
    }

    static PyStr s(String v) {
        return new PyStr(v);
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static String repr(Object o) {
        return Abstract.repr(o).value();
    }

    static String str(Object o) {
        return Abstract.str(o).value();
    }

    /** A class made by type(name, bases, ns). Keys and values alternate in nameValues. */
    static PyType cls(String name, PyType[] bases, Object... nameValues) {
        PyDict ns = new PyDict();
        ns.setItem(s("__module__"), s("__main__"));
        for (int k = 0; k < nameValues.length; k += 2) ns.setItem(s((String) nameValues[k]), nameValues[k + 1]);
        return TypeFactory.create(PyType.TYPE, name, PyTuple.of((Object[]) bases), ns, new PyDict());
    }

    static PyType[] bases(PyType... types) {
        return types;
    }

    /** The message of the Python exception that {@code action} raises, as "Type: message". */
    static String error(Runnable action) {
        try {
            action.run();
        } catch (PyException e) {
            return e.value.type().name() + ": " + Py.str(e.value);
        }
        throw new AssertionError("no exception raised");
    }

    /** A Python-level function stand-in: binds like a function (method descriptor), calls a Java body. */
    static PyFunctionStub fn(String name, Function<Object[], Object> body) {
        return new PyFunctionStub(name, body);
    }

    static final class PyFunctionStub extends PyObject implements PyCallable {
        static final PyType TYPE = PyType.builtin("function", PyFunctionStub.class)
                .flags(PyType.METHOD_DESCRIPTOR)
                .slots(t -> {
                    t.call = (self, args, off, n, kw) -> ((PyFunctionStub) self).call(args, off, n, kw);
                    t.descrGet = (self, obj, type) -> obj == null ? self : new PyBoundMethod(self, obj);
                    t.repr = self -> new PyStr("<function " + ((PyFunctionStub) self).name + ">");
                })
                .dict(d -> d.getset("__name__", self -> new PyStr(((PyFunctionStub) self).name), null))
                .build();

        final String name;
        final Function<Object[], Object> body;

        PyFunctionStub(String name, Function<Object[], Object> body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
            return body.apply(java.util.Arrays.copyOfRange(args, offset, offset + nargs));
        }
    }
}
