package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code types.GenericAlias}: what {@code list[int]} and the other builtin
 * {@code __class_getitem__}s return. It keeps the origin and the arguments, prints as
 * {@code list[int]}, calls the origin, and forwards other attribute reads to the origin.
 * {@code __parameters__} collects arguments that have {@code __typing_subst__} (and those of
 * nested aliases); subscripting substitutes them ({@code list[T][int]}). {@code |} makes a
 * {@link PyUnion}.
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
                t.getitem = (self, key) -> ((PyGenericAlias) self).substitute(key);
                t.binary[BinOp.OR.ordinal()] = PyUnion::or;
            })
            .dict(d -> {
                d.getset("__origin__", self -> ((PyGenericAlias) self).origin, PyGetSetDescr.READONLY_MEMBER);
                d.getset("__args__", self -> ((PyGenericAlias) self).args, PyGetSetDescr.READONLY_MEMBER);
                d.getset("__parameters__", self -> ((PyGenericAlias) self).parameters(), null);
                d.getset("__unpacked__", self -> PyBool.FALSE, PyGetSetDescr.READONLY_MEMBER);
                d.method1("__mro_entries__", (self, bases) -> PyTuple.of(((PyGenericAlias) self).origin));
                d.method0("__reduce__", self -> PyTuple.of(PyGenericAlias.TYPE,
                        PyTuple.of(((PyGenericAlias) self).origin, ((PyGenericAlias) self).args)));
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
        return collectParameters(args);
    }

    /** _Py_make_parameters: type variables (objects with __typing_subst__) and those of nested aliases, once each. */
    static PyTuple collectParameters(PyTuple args) {
        List<Object> found = new ArrayList<>();
        for (Object arg : args.items()) {
            if (arg instanceof PyType) continue;
            if (Abstract.lookupAttr(arg, new PyStr("__typing_subst__")) != null) {
                if (!found.contains(arg)) found.add(arg);
            } else if (Abstract.lookupAttr(arg, new PyStr("__parameters__")) instanceof PyTuple nested) {
                for (Object p : nested.items()) if (!found.contains(p)) found.add(p);
            }
        }
        return PyTuple.of(found.toArray());
    }

    /** {@code list[T][int]}: the same origin with the parameters substituted. */
    private Object substitute(Object item) {
        PyTuple params = parameters();
        if (params.size() == 0) throw Errors.typeError("%s is not a generic class", repr());
        return new PyGenericAlias(origin, PyTuple.of(substituteArgs(this, args, params, item)));
    }

    /**
     * _Py_subs_parameters: the arguments of {@code alias} with each of its parameters replaced by
     * the matching item (through the parameter's {@code __typing_subst__}) and nested generic
     * arguments subscripted with the items of their own parameters.
     */
    static Object[] substituteArgs(Object alias, PyTuple args, PyTuple params, Object item) {
        Object[] items = item instanceof PyTuple tuple ? tuple.items() : new Object[] {item};
        for (Object param : params.items()) {
            Object prepare = Abstract.lookupAttr(param, new PyStr("__typing_prepare_subst__"));
            if (prepare != null) {
                Object prepared = Abstract.call(prepare, alias, PyTuple.of(items));
                items = prepared instanceof PyTuple tuple ? tuple.items() : new Object[] {prepared};
            }
        }
        if (items.length != params.size()) {
            throw Errors.typeError("Too %s arguments for %s; actual %d, expected %d",
                    items.length > params.size() ? "many" : "few", Abstract.repr(alias).value(), items.length, params.size());
        }
        List<Object> result = new ArrayList<>();
        for (Object arg : args.items()) {
            Object replaced = substituteOne(arg, params, items);
            // *Ts stands for the types it was given: they are spliced in
            if (replaced instanceof PyTuple spliced && isUnpackedTypeVarTuple(arg)) {
                result.addAll(List.of(spliced.items()));
            } else {
                result.add(replaced);
            }
        }
        return result.toArray();
    }

    private static Object substituteOne(Object arg, PyTuple params, Object[] items) {
        if (arg instanceof PyType) return arg;
        Object subst = Abstract.lookupAttr(arg, new PyStr("__typing_subst__"));
        if (subst != null) return Abstract.call(subst, items[indexOf(params, arg)]);
        if (Abstract.lookupAttr(arg, new PyStr("__parameters__")) instanceof PyTuple nested && nested.size() > 0) {
            Object[] sub = new Object[nested.size()];
            for (int k = 0; k < sub.length; k++) sub[k] = items[indexOf(params, nested.get(k))];
            return Abstract.getItem(arg, sub.length == 1 ? sub[0] : PyTuple.of(sub));
        }
        return arg;
    }

    private static boolean isUnpackedTypeVarTuple(Object arg) {
        if (arg instanceof PyType) return false;
        Object flag = Abstract.lookupAttr(arg, new PyStr("__typing_is_unpacked_typevartuple__"));
        return flag != null && Abstract.isTrue(flag);
    }

    private static int indexOf(PyTuple params, Object param) {
        for (int i = 0; i < params.size(); i++) if (params.get(i) == param) return i;
        throw Errors.systemError("parameter not found");
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
    static String reprItem(Object item) {
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
