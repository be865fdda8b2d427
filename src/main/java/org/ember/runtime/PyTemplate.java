package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code string.templatelib.Template} (PEP 750), what a t-string evaluates to: immutable
 * {@code strings} (always one more than {@code interpolations}, empty strings included) and
 * {@code interpolations}. Iteration yields the non-empty strings and the interpolations in
 * order; {@code +} joins two templates (never a template and a str).
 */
public final class PyTemplate extends PyObject {

    public static final PyType TYPE = PyType.builtin("string.templatelib.Template", PyTemplate.class)
            .module("string.templatelib")
            .slots(t -> {
                t.newInstance = PyTemplate::newInstance;
                t.repr = self -> ((PyTemplate) self).repr();
                t.iter = self -> ((PyTemplate) self).iterator();
                t.binary[BinOp.ADD.ordinal()] = PyTemplate::add;
            })
            .dict(d -> {
                d.getset("strings", self -> ((PyTemplate) self).strings, PyGetSetDescr.READONLY_MEMBER);
                d.getset("interpolations", self -> ((PyTemplate) self).interpolations, PyGetSetDescr.READONLY_MEMBER);
                d.getset("values", self -> ((PyTemplate) self).values(), null);
                d.value("__doc__", new PyStr("Template object"));
            })
            .build();

    public final PyTuple strings;
    public final PyTuple interpolations;

    /** {@code strings} has one more item than {@code interpolations}; both are checked by the callers. */
    public PyTemplate(PyTuple strings, PyTuple interpolations) {
        this.strings = strings;
        this.interpolations = interpolations;
    }

    /** BUILD_TEMPLATE: the compiler's tuples, already in the canonical shape. */
    public static PyTemplate build(Object strings, Object interpolations) {
        return new PyTemplate((PyTuple) strings, (PyTuple) interpolations);
    }

    /** Template(*args): adjacent strings are joined, adjacent interpolations get '' between them. */
    private static Object newInstance(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) throw Errors.typeError("Template.__new__ only accepts *args arguments");
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < nargs; i++) {
            Object arg = args[offset + i];
            if (!(arg instanceof PyStr) && !(arg instanceof PyInterpolation)) {
                throw Errors.typeError("Template.__new__ *args need to be of type 'str' or 'Interpolation', got %s",
                        Abstract.typeName(arg));
            }
            parts.add(arg);
        }
        return fromParts(parts);
    }

    private static PyTemplate fromParts(List<Object> parts) {
        List<Object> strings = new ArrayList<>();
        List<Object> interpolations = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof PyStr s) {
                pending.append(s.value());
            } else {
                strings.add(new PyStr(pending.toString()));
                pending.setLength(0);
                interpolations.add(part);
            }
        }
        strings.add(new PyStr(pending.toString()));
        return new PyTemplate(PyTuple.of(strings.toArray()), PyTuple.of(interpolations.toArray()));
    }

    private static Object add(Object a, Object b) {
        if (a instanceof PyTemplate x && b instanceof PyTemplate y) return x.concat(y);
        if (a instanceof PyTemplate) {
            throw Errors.typeError("can only concatenate %s (not \"%s\") to %s", TYPE.name(), Abstract.typeName(b), TYPE.name());
        }
        return PyNotImplemented.INSTANCE;
    }

    /** The last string of this and the first of other meet in one string. */
    private PyTemplate concat(PyTemplate other) {
        Object[] joined = new Object[strings.size() + other.strings.size() - 1];
        int n = strings.size();
        for (int i = 0; i < n - 1; i++) joined[i] = strings.get(i);
        joined[n - 1] = new PyStr(((PyStr) strings.get(n - 1)).value() + ((PyStr) other.strings.get(0)).value());
        for (int i = 1; i < other.strings.size(); i++) joined[n - 1 + i] = other.strings.get(i);
        Object[] fields = new Object[interpolations.size() + other.interpolations.size()];
        System.arraycopy(interpolations.items(), 0, fields, 0, interpolations.size());
        System.arraycopy(other.interpolations.items(), 0, fields, interpolations.size(), other.interpolations.size());
        return new PyTemplate(PyTuple.of(joined), PyTuple.of(fields));
    }

    private PyTuple values() {
        Object[] values = new Object[interpolations.size()];
        for (int i = 0; i < values.length; i++) values[i] = ((PyInterpolation) interpolations.get(i)).value;
        return PyTuple.of(values);
    }

    private Object iterator() {
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            if (!((PyStr) strings.get(i)).value().isEmpty()) parts.add(strings.get(i));
            if (i < interpolations.size()) parts.add(interpolations.get(i));
        }
        return Abstract.getIter(PyTuple.of(parts.toArray()));
    }

    private PyStr repr() {
        return new PyStr("Template(strings=" + Abstract.repr(strings).value() + ", interpolations="
                + Abstract.repr(interpolations).value() + ")");
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
