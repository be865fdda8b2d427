package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code typing.Union} (also {@code types.UnionType}), CPython 3.14's single union type: what
 * {@code int | str} and {@code Union[int, str]} make. Its arguments are flattened (a union inside
 * a union contributes its own arguments), {@code None} becomes {@code NoneType}, duplicates are
 * dropped keeping the first, and a union of one argument is that argument. Equality and hashing
 * ignore the order. Type-variable substitution ({@code (T | int)[str]}) follows the arguments'
 * {@code __typing_subst__} and {@code __parameters__}; string arguments of {@code Union[...]}
 * become {@code typing.ForwardRef}s through {@code typing._type_check}, as in CPython.
 */
public final class PyUnion extends PyObject {

    public static final PyType TYPE = PyType.builtin("typing.Union", PyUnion.class)
            .module("typing")
            .slots(t -> {
                t.newInstance = (type, args, off, n, kw) -> {
                    throw Errors.typeError("cannot create 'typing.Union' instances");
                };
                t.repr = self -> new PyStr(((PyUnion) self).repr());
                t.richcompare = PyUnion::compare;
                t.hash = self -> Abstract.hash(PyFrozenSet.fromIterable(((PyUnion) self).args));
                t.getitem = (self, item) -> ((PyUnion) self).substitute(item);
                t.getattro = (self, name) -> ((PyUnion) self).getAttr((PyStr) name);
                t.binary[BinOp.OR.ordinal()] = PyUnion::or;
            })
            .dict(d -> {
                d.value("__doc__", new PyStr("A union of types: what int | str and Union[int, str] make."));
                d.getset("__args__", self -> ((PyUnion) self).args, PyGetSetDescr.READONLY_MEMBER);
                d.getset("__parameters__", self -> ((PyUnion) self).parameters(), null);
                d.getset("__origin__", self -> PyUnion.TYPE, null);
                d.method("__instancecheck__", ArgSpec.one("__instancecheck__"),
                        (self, a) -> PyBool.of(Abstract.isInstance(a[0], ((PyUnion) self).args)));
                d.method("__subclasscheck__", ArgSpec.one("__subclasscheck__"),
                        (self, a) -> PyBool.of(Abstract.isSubclass(a[0], ((PyUnion) self).args)));
                d.method1("__mro_entries__", (self, bases) -> {
                    throw Errors.typeError("Cannot subclass %s", ((PyUnion) self).repr());
                });
                d.classMethod("__class_getitem__", ArgSpec.one("__class_getitem__"), (cls, a) -> classGetItem(a[0]));
            })
            .build();

    /** Attributes read from the type itself (CPython's union_getattro forwards these). */
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("__name__", "__qualname__", "__module__", "__doc__");

    public final PyTuple args;

    private PyUnion(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Objects that {@code |} joins into a union without help from typing (3.14's is_unionable). */
    static boolean isUnionable(Object o) {
        if (o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion) return true;
        PyType t = Abstract.typeOf(o);
        return t.name().equals("TypeAliasType") && t.module().equals("typing");
    }

    /** {@code a | b} for types, generic aliases and unions (nb_or of type, GenericAlias and Union). */
    public static Object or(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) return PyNotImplemented.INSTANCE;
        return of(List.of(a, b));
    }

    /** The union of the given arguments: flattened, None as NoneType, without duplicates; one argument is itself. */
    public static Object of(List<Object> members) {
        List<Object> unique = new ArrayList<>();
        for (Object member : members) {
            if (member instanceof PyUnion nested) {
                for (Object inner : nested.args.items()) addUnique(unique, inner);
            } else {
                addUnique(unique, member == PyNone.NONE ? PyNone.TYPE : member);
            }
        }
        if (unique.size() == 1) return unique.get(0);
        return new PyUnion(PyTuple.of(unique.toArray()));
    }

    private static void addUnique(List<Object> unique, Object candidate) {
        for (Object seen : unique) {
            if (seen == candidate || Abstract.equal(seen, candidate)) return;
        }
        unique.add(candidate);
    }

    /** {@code Union[X, Y, ...]}: each argument checked by typing._type_check (strings become ForwardRefs). */
    private static Object classGetItem(Object item) {
        Object[] items = item instanceof PyTuple tuple ? tuple.items() : new Object[] {item};
        if (items.length == 0) throw Errors.typeError("Cannot take a Union of no types.");
        List<Object> checked = new ArrayList<>();
        for (Object arg : items) checked.add(typeCheck(arg));
        return of(checked);
    }

    private static Object typeCheck(Object arg) {
        if (arg == PyNone.NONE) return PyNone.TYPE;
        if (isUnionable(arg)) return arg;
        Object check = Abstract.getAttr(typingModule(), new PyStr("_type_check"));
        return Abstract.call(check, arg, new PyStr("Union[arg, ...]: each arg must be a type."));
    }

    private static Object typingModule() {
        return org.ember.interp.Importer.importModule(ThreadState.current().interpreter(), new PyStr("typing"),
                null, null, null);
    }

    private Object getAttr(PyStr name) {
        if (CLASS_ATTRIBUTES.contains(name.value())) return Abstract.getAttr(TYPE, name);
        return Abstract.genericGetAttr(this, name, false);
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if (!(b instanceof PyUnion other) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
        PyUnion self = (PyUnion) a;
        boolean equal = containsAll(self.args, other.args) && containsAll(other.args, self.args);
        return PyBool.of(equal == (op == CompareOp.EQ));
    }

    private static boolean containsAll(PyTuple container, PyTuple wanted) {
        outer:
        for (Object w : wanted.items()) {
            for (Object c : container.items()) if (c == w || Abstract.equal(c, w)) continue outer;
            return false;
        }
        return true;
    }

    /** The type variables of the arguments, in order of first appearance. */
    PyTuple parameters() {
        return PyGenericAlias.collectParameters(args);
    }

    /** {@code (T | list[S])[int, str]}: each parameter replaced by its argument, nested aliases subscripted. */
    private Object substitute(Object item) {
        PyTuple params = parameters();
        if (params.size() == 0) throw Errors.typeError("%s is not a generic class", repr());
        return of(List.of(PyGenericAlias.substituteArgs(this, args, params, item)));
    }

    String repr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(" | ");
            Object arg = args.get(i);
            sb.append(arg == PyNone.TYPE ? "None" : PyGenericAlias.reprItem(arg));
        }
        return sb.toString();
    }
}
