package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code types.GenericAlias}: what {@code list[int]} and the other builtin
 * {@code __class_getitem__}s return. It keeps the origin and the arguments, prints as
 * {@code list[int]}, calls the origin, and forwards other attribute reads to the origin.
 * Type-variable substitution needs the typing module and is not done: {@code __parameters__}
 * collects arguments that have {@code __typing_subst__} (and those of nested aliases).
 */
public final class PyGenericAlias extends PyObject {

    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyGenericAlias.class)
            .module("types")
            .slots(t -> {
                t.newInstance = (type, args, off, n, kw) -> {
                    if (kw != null && kw.size() > 0) throw Errors.typeError("GenericAlias() takes no keyword arguments");
                    if (n != 2) throw Errors.typeError("GenericAlias expected 2 arguments, got %d", n);
                    return new PyGenericAlias(args[off], args[off + 1]);
                };
                t.repr = self -> new PyStr(((PyGenericAlias) self).repr());
                t.call = (self, args, off, n, kw) -> ((PyGenericAlias) self).call(args, off, n, kw);
                t.getattro = (self, name) -> ((PyGenericAlias) self).getAttr((PyStr) name);
                t.richcompare = (a, b, op) -> compare(a, b, op);
                t.binary[BinOp.OR.ordinal()] = PyUnion::or;   // list[int] | None
                t.hash = self -> Abstract.hash(((PyGenericAlias) self).origin) ^ Abstract.hash(((PyGenericAlias) self).args);
                t.getitem = (self, key) -> {
                    throw Errors.typeError("%s is not a generic class", ((PyGenericAlias) self).repr());
                };
            })
            .dict(d -> {
                d.getset("__origin__", self -> ((PyGenericAlias) self).origin, PyGetSetDescr.READONLY_MEMBER);
                d.getset("__args__", self -> ((PyGenericAlias) self).args, PyGetSetDescr.READONLY_MEMBER);
                d.getset("__parameters__", self -> ((PyGenericAlias) self).parameters(), null);
                d.getset("__unpacked__", self -> PyBool.FALSE, PyGetSetDescr.READONLY_MEMBER);
                d.method1("__mro_entries__", (self, bases) -> PyTuple.of(((PyGenericAlias) self).origin));
                d.method("__instancecheck__", ArgSpec.one("__instancecheck__"), (self, a) -> {
                    throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
                });
                d.method("__subclasscheck__", ArgSpec.one("__subclasscheck__"), (self, a) -> {
                    throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
                });
            })
            .build();

    /** Attributes the alias answers itself; every other name is read from the origin. */
    private static final Set<String> OWN_ATTRIBUTES = Set.of("__class__", "__origin__", "__args__", "__parameters__",
            "__unpacked__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
            "__instancecheck__", "__subclasscheck__", "__typing_unpacked_tuple_args__");

    public final Object origin;
    public final PyTuple args;

    public PyGenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    /** Gives the builtin generic classes their {@code __class_getitem__}. */
    public static void installClassGetItem(PyType... types) {
        for (PyType type : types) {
            type.dict().setItem(new PyStr("__class_getitem__"), new PyMethodDescr(type,
                    ArgSpec.one("__class_getitem__"), (cls, a) -> new PyGenericAlias(cls, a[0]), true));
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object getAttr(PyStr name) {
        if (OWN_ATTRIBUTES.contains(name.value())) return Abstract.genericGetAttr(this, name, false);
        return Abstract.getAttr(origin, name);
    }

    private Object call(Object[] callArgs, int offset, int nargs, PyTuple kwnames) {
        Object result = Abstract.call(origin, callArgs, offset, nargs, kwnames);
        try {
            Abstract.setAttr(result, "__orig_class__", this);
        } catch (PyException e) {
            // CPython ignores objects that refuse the attribute (AttributeError/TypeError)
            if (!e.matches(Exceptions.AttributeError) && !e.matches(Exceptions.TypeError)) throw e;
        }
        return result;
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if (!(b instanceof PyGenericAlias other) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
        PyGenericAlias self = (PyGenericAlias) a;
        boolean equal = Abstract.equal(self.origin, other.origin) && Abstract.equal(self.args, other.args);
        return PyBool.of(equal == (op == CompareOp.EQ));
    }

    private PyTuple parameters() {
        List<Object> found = new ArrayList<>();
        for (Object arg : args.items()) {
            if (arg instanceof PyType) continue;
            if (arg instanceof PyGenericAlias nested) {
                for (Object p : nested.parameters().items()) if (!found.contains(p)) found.add(p);
            } else if (Abstract.lookupAttr(arg, new PyStr("__typing_subst__")) != null && !found.contains(arg)) {
                found.add(arg);
            }
        }
        return PyTuple.of(found.toArray());
    }

    String repr() {
        StringBuilder sb = new StringBuilder(reprItem(origin)).append('[');
        if (args.size() == 0) sb.append("()");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(reprItem(args.get(i)));
        }
        return sb.append(']').toString();
    }

    /** ga_repr_item: types as module.qualname (no module for builtins), lists as [a, b]. */
    private static String reprItem(Object item) {
        if (item == PyEllipsis.INSTANCE) return "...";
        if (item instanceof PyGenericAlias alias) return alias.repr();
        if (item instanceof PyList list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) sb.append(i > 0 ? ", " : "").append(reprItem(list.get(i)));
            return sb.append(']').toString();
        }
        if (Abstract.lookupAttr(item, new PyStr("__origin__")) != null && Abstract.lookupAttr(item, new PyStr("__args__")) != null) {
            return Abstract.repr(item).value();
        }
        Object qualname = Abstract.lookupAttr(item, new PyStr("__qualname__"));
        Object module = Abstract.lookupAttr(item, new PyStr("__module__"));
        if (qualname instanceof PyStr q && module instanceof PyStr m) {
            return m.value().equals("builtins") ? q.value() : m.value() + "." + q.value();
        }
        return Abstract.repr(item).value();
    }
}
