package org.ember.modules;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyGetSetDescr;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.TypeFactory;

/**
 * CPython's "struct sequence" types ({@code sys.version_info}, {@code sys.flags},
 * {@code sys.float_info}, ...): tuple subclasses whose items are also named attributes and
 * whose repr names them, {@code sys.version_info(major=3, ...)}. Made as heap subclasses of
 * tuple with read-only field descriptors, so comparisons and unpacking are the tuple's own.
 */
final class StructSeq {
    private StructSeq() {}

    /** A struct sequence type {@code module.name} with the given fields. */
    static PyType define(String module, String name, String... fields) {
        PyDict ns = new PyDict();
        ns.setItem(new PyStr("__module__"), new PyStr(module));
        ns.setItem(new PyStr("__slots__"), PyTuple.of());
        for (int i = 0; i < fields.length; i++) {
            final int index = i;
            ns.setItem(new PyStr(fields[i]), new PyGetSetDescr(PyTuple.TYPE, fields[i],
                    self -> ((PyTuple) Abstract.builtinPart(self)).get(index), null));
        }
        ns.setItem(new PyStr("n_sequence_fields"), PyInt.of(fields.length));
        ns.setItem(new PyStr("n_fields"), PyInt.of(fields.length));
        ns.setItem(new PyStr("n_unnamed_fields"), PyInt.of(0));
        Object[] names = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) names[i] = new PyStr(fields[i]);
        ns.setItem(new PyStr("__match_args__"), PyTuple.of(names));
        String qualified = module + "." + name;
        ns.setItem(new PyStr("__repr__"), new PyMethodDescr(PyTuple.TYPE, ArgSpec.noArgs("__repr__"),
                (self, a) -> repr(qualified, fields, self), false));
        ns.setItem(new PyStr("__reduce__"), new PyMethodDescr(PyTuple.TYPE, ArgSpec.noArgs("__reduce__"),
                (self, a) -> PyTuple.of(Abstract.typeOf(self), PyTuple.of(PyTuple.of(((PyTuple) Abstract.builtinPart(self)).items())), new PyDict()), false));
        return TypeFactory.create(PyType.TYPE, name, PyTuple.of(PyTuple.TYPE), ns, new PyDict());
    }

    /** An instance holding {@code values} (one per field). */
    static Object make(PyType type, Object... values) {
        return Abstract.call(type, PyTuple.of(values));
    }

    private static PyStr repr(String qualified, String[] fields, Object self) {
        PyTuple items = (PyTuple) Abstract.builtinPart(self);
        if (items.size() != fields.length) throw Errors.systemError("struct sequence of the wrong size");
        StringBuilder sb = new StringBuilder(qualified).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(fields[i]).append('=').append(Abstract.repr(items.get(i)).value());
        }
        return new PyStr(sb.append(')').toString());
    }
}
