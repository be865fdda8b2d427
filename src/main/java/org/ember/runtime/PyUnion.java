package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code int | str}: CPython 3.14's {@code typing.Union} (also {@code types.UnionType}), made by
 * {@code type.__or__}/{@code __ror__} and by {@code |} on unions and generic aliases. The
 * arguments are flattened ({@code (int | str) | float}), deduplicated by equality and kept in
 * order; a single remaining argument is returned itself ({@code int | int is int}). Two unions
 * are equal when they hold the same arguments in any order. {@code isinstance} and
 * {@code issubclass} treat a union like the tuple of its arguments (see {@link Abstract}).
 * Type-variable substitution ({@code __getitem__}) needs the typing module and is not done.
 */
public final class PyUnion extends PyObject {

    public static final PyType TYPE = PyType.builtin("Union", PyUnion.class)
            .module("typing")
            .slots(t -> {
                t.repr = self -> new PyStr(((PyUnion) self).repr());
                t.hash = self -> Abstract.hash(PyFrozenSet.fromIterable(((PyUnion) self).args));
                t.richcompare = PyUnion::compare;
                t.binary[BinOp.OR.ordinal()] = PyUnion::or;
            })
            .dict(d -> {
                d.getset("__args__", self -> ((PyUnion) self).args, null);
                d.getset("__parameters__", self -> ((PyUnion) self).parameters(), null);
                d.getset("__origin__", self -> PyUnion.TYPE, null);
                d.getset("__name__", self -> new PyStr("Union"), null);
                d.getset("__qualname__", self -> new PyStr("Union"), null);
                d.method1("__mro_entries__", (self, bases) -> {
                    throw Errors.typeError("Cannot subclass typing.Union");
                });
            })
            .build();

    /** The arguments, None as NoneType, in first-seen order. */
    public final PyTuple args;

    private PyUnion(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code a | b} for the operands a union can hold; NotImplemented for anything else. */
    public static Object or(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) return PyNotImplemented.INSTANCE;
        List<Object> members = new ArrayList<>();
        addFlattened(members, a);
        addFlattened(members, b);
        return members.size() == 1 ? members.get(0) : new PyUnion(PyTuple.of(members.toArray()));
    }

    /** What CPython's union accepts: None, classes, generic aliases and unions. */
    private static boolean isUnionable(Object o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyUnion || o instanceof PyGenericAlias;
    }

    private static void addFlattened(List<Object> members, Object o) {
        if (o instanceof PyUnion u) {
            for (Object arg : u.args.items()) addUnique(members, arg);
        } else {
            addUnique(members, o == PyNone.NONE ? PyNone.TYPE : o);
        }
    }

    private static void addUnique(List<Object> members, Object o) {
        for (Object m : members) if (m == o || Abstract.equal(m, o)) return;
        members.add(o);
    }

    private String repr() {
        StringBuilder sb = new StringBuilder();
        for (Object arg : args.items()) {
            if (!sb.isEmpty()) sb.append(" | ");
            sb.append(itemRepr(arg));
        }
        return sb.toString();
    }

    /** None for NoneType, {@code module.qualname} for classes (bare for builtins), else repr. */
    private static String itemRepr(Object arg) {
        if (arg == PyNone.TYPE) return "None";
        if (arg instanceof PyType t) {
            String qualname = Abstract.str(Abstract.getAttr(t, "__qualname__")).value();
            String module = t.module();
            return module.equals("builtins") ? qualname : module + "." + qualname;
        }
        return Abstract.repr(arg).value();
    }

    /** The type variables of the arguments, in order (those of nested generic aliases). */
    private PyTuple parameters() {
        List<Object> params = new ArrayList<>();
        for (Object arg : args.items()) {
            if (arg instanceof PyType) continue;
            Object nested = Abstract.lookupAttr(arg, new PyStr("__parameters__"));
            if (nested instanceof PyTuple t) for (Object p : t.items()) if (!params.contains(p)) params.add(p);
        }
        return PyTuple.of(params.toArray());
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if (!(b instanceof PyUnion other) || op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.INSTANCE;
        boolean equal = Abstract.equal(PyFrozenSet.fromIterable(((PyUnion) a).args), PyFrozenSet.fromIterable(other.args));
        return PyBool.of(equal == (op == CompareOp.EQ));
    }
}
