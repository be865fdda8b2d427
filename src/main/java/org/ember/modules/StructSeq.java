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

    /** A struct sequence type {@code module.name} that Python code can also instantiate from a sequence. */
    static PyType define(String module, String name, String... fields) {
        return define(module, name, true, fields);
    }

    /**
     * A struct sequence type {@code module.name} with the given fields; when not
     * {@code instantiable} (sys.version_info, sys.flags) calling it raises CPython's TypeError.
     */
    static PyType define(String module, String name, boolean instantiable, String... fields) {
        return define(module, name, instantiable, false, fields);
    }

    /**
     * As above; {@code withDict} leaves out {@code __slots__} so that instances have a dict, where
     * fields beyond the sequence (time.struct_time's tm_zone, tm_gmtoff) are kept.
     */
    static PyType define(String module, String name, boolean instantiable, boolean withDict, String... fields) {
        PyDict ns = new PyDict();
        ns.setItem(new PyStr("__module__"), new PyStr(module));
        if (!withDict) ns.setItem(new PyStr("__slots__"), PyTuple.of());
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
        // the repr shows the type's tp_name: no module prefix for builtins (sys.asyncgen_hooks)
        String qualified = module.equals("builtins") ? name : module + "." + name;
        ns.setItem(new PyStr("__repr__"), new PyMethodDescr(PyTuple.TYPE, ArgSpec.noArgs("__repr__"),
                (self, a) -> repr(qualified, fields, self), false));
        ns.setItem(new PyStr("__reduce__"), new PyMethodDescr(PyTuple.TYPE, ArgSpec.noArgs("__reduce__"),
                (self, a) -> PyTuple.of(Abstract.typeOf(self), PyTuple.of(PyTuple.of(((PyTuple) Abstract.builtinPart(self)).items())), new PyDict()), false));
        PyType type = TypeFactory.create(PyType.TYPE, name, PyTuple.of(PyTuple.TYPE), ns, new PyDict());
        type.newInstance = instantiable ? (t, args, off, n, kw) -> fromSequence(t, qualified, fields.length, args, off, n, kw)
                : (t, args, off, n, kw) -> {
                    throw Errors.typeError("cannot create '%s' instances", qualified);
                };
        return type;
    }

    /** {@code T(sequence, dict=None)}: exactly one item per field. */
    private static Object fromSequence(PyType type, String qualified, int size, Object[] args, int off, int n, PyTuple kw) {
        Object[] a = ArgSpec.keywords("structseq", 0, 1, 2, "sequence", "dict").bind(args, off, n, kw);
        PyTuple items = PyTuple.fromIterable(a[0]);
        if (items.size() != size) {
            throw Errors.typeError("%s() takes a %d-sequence (%d-sequence given)", qualified, size, items.size());
        }
        return make(type, items.items());
    }

    /** An instance holding {@code values} (one per field), made by tuple's own constructor. */
    static Object make(PyType type, Object... values) {
        return PyTuple.TYPE.newInstance.make(type, new Object[] {PyTuple.of(values)}, 0, 1, null);
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
