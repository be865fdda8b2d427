package org.ember.runtime;

/**
 * The behaviour of {@code object}, the root of every type: default repr/str/hash/comparison,
 * generic attribute access, and instance creation for classes whose builtin base is object.
 */
public final class PyBaseObject {
    private PyBaseObject() {}

    public static final PyType TYPE = PyType.OBJECT;

    /** object.__getattribute__, kept as one object so its identity marks "generic" lookup. */
    public static final Slot.Binary GETATTRO = (self, name) -> Abstract.genericGetAttr(self, (PyStr) name, false);
    public static final Slot.Store SETATTRO = (self, name, value) -> Abstract.genericSetAttr(self, (PyStr) name, value);
    static final Slot.Call INIT = PyBaseObject::init;
    public static final Slot.New NEW = PyBaseObject::newObject;

    /** Sets object's slots and declares its dict; called once from PyType's bootstrap. */
    static void fill(PyType t) {
        t.repr = PyBaseObject::repr;
        t.str = self -> Abstract.reprResult(self);
        t.hash = self -> System.identityHashCode(self);
        t.richcompare = PyBaseObject::richCompare;
        t.getattro = GETATTRO;
        t.setattro = SETATTRO;
        t.init = INIT;
        t.newInstance = NEW;
        t.setLazyDict(PyBaseObject::fillDict);
    }

    private static Object repr(Object self) {
        PyType type = Abstract.typeOf(self);
        String module = type.module();
        String name = module.equals("builtins") ? type.qualname() : module + "." + type.qualname();
        return new PyStr("<" + name + " object at " + Abstract.addressOf(self) + ">");
    }

    /** == by identity; != inverts __eq__ unless it returned NotImplemented; ordering: NotImplemented. */
    private static Object richCompare(Object self, Object other, CompareOp op) {
        switch (op) {
            case EQ:
                return self == other ? PyBool.TRUE : PyNotImplemented.INSTANCE;
            case NE: {
                Slot.Compare cmp = Abstract.typeOf(self).richcompare;
                Object eq = cmp == null ? PyNotImplemented.INSTANCE : cmp.compare(self, other, CompareOp.EQ);
                if (eq == PyNotImplemented.INSTANCE) return eq;
                return PyBool.of(!Abstract.isTrue(eq));
            }
            default:
                return PyNotImplemented.INSTANCE;
        }
    }

    private static boolean hasExcessArgs(int nargs) {
        return nargs > 0;
    }

    private static Object newObject(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        if (hasExcessArgs(nargs)) {
            if (type.newInstance != NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.init == INIT) throw Errors.typeError("%s() takes no arguments", type.name());
        }
        if (type.javaClass() != PyObject.class) {
            throw Errors.typeError("object.__new__(%s) is not safe, use %s.__new__()", type.name(), builtinRoot(type).name());
        }
        if ((type.flags() & PyType.IS_ABSTRACT) != 0 || type.isAbstract()) throw abstractClassError(type);
        if (!type.isHeapType()) {
            if (type == TYPE) return new PyInstance(type);
            throw Errors.typeError("cannot create '%s' instances", type.name());
        }
        return new PyInstance(type);
    }

    /** "Can't instantiate abstract class C without an implementation for abstract methods 'f', 'g'". */
    private static PyException abstractClassError(PyType type) {
        PyList names = PyList.fromIterable(Abstract.getAttr(type, "__abstractmethods__"));
        names.sort(null, false);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) joined.append("', '");
            joined.append(Abstract.str(names.get(i)).value());
        }
        return Errors.typeError("Can't instantiate abstract class %s without an implementation for abstract method%s '%s'",
                type.name(), names.size() > 1 ? "s" : "", joined);
    }

    /** The type whose __new__ to recommend: skips classes defining __new__ in Python (CPython's staticbase). */
    private static PyType builtinRoot(PyType type) {
        PyType t = type;
        while (t.isHeapType() && t.dict().getItemStr("__new__") != null) t = t.base();
        return t;
    }

    private static Object init(Object self, Object[] args, int offset, int nargs, PyTuple kwnames) {
        if (hasExcessArgs(nargs)) {
            PyType type = Abstract.typeOf(self);
            if (type.init != INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.newInstance == NEW) {
                throw Errors.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", type.name());
            }
        }
        return PyNone.NONE;
    }

    private static void fillDict(TypeBuilder d) {
        BuiltinExtras.objectMethods(d);
        d.getset("__class__", Abstract::typeOf, PyBaseObject::setClass);
        ObjectReduce.fill(d);
        d.classMethod("__init_subclass__", ArgSpec.vector("__init_subclass__"), (cls, args) -> {
            // METH_NOARGS bound to the class: CPython's messages name the class it is called for
            String qualname = cls instanceof PyType t ? t.qualname() : Abstract.typeName(cls);
            if (args[2] instanceof PyTuple kwnames && kwnames.size() > 0) {
                throw Errors.typeError("%s.__init_subclass__() takes no keyword arguments", qualname);
            }
            if ((int) args[1] > 0) {
                throw Errors.typeError("%s.__init_subclass__() takes no arguments (%d given)", qualname, (int) args[1]);
            }
            return PyNone.NONE;
        });
        d.classMethod("__subclasshook__", ArgSpec.varargs("__subclasshook__"), (cls, args) -> {
            int given = ((PyTuple) args[0]).size();
            if (given != 1) throw Errors.typeError("object.__subclasshook__() takes exactly one argument (%d given)", given);
            return PyNotImplemented.INSTANCE;
        });
        d.method("__format__", ArgSpec.one("__format__"), (self, args) -> {
            if (!(args[0] instanceof PyStr spec)) throw Errors.mustBe("__format__() argument", "str", args[0]);
            if (!spec.value().isEmpty()) {
                throw Errors.typeError("unsupported format string passed to %s.__format__", Abstract.typeName(self));
            }
            return Abstract.strResult(self);
        });
        d.method0("__dir__", PyBaseObject::dirNames);
    }

    /**
     * object.__dir__: the keys of the instance's {@code __dict__} (when it is a dict) and of the
     * namespaces of its {@code __class__} and that class's bases, each name once (CPython merges
     * them into one dict); dir() sorts them.
     */
    private static Object dirNames(Object self) {
        PyDict names = new PyDict();
        if (Abstract.lookupAttr(self, new PyStr("__dict__")) instanceof PyDict own) {
            for (Object k : own.keys()) names.setItem(k, PyNone.NONE);
        }
        PyType cls = Abstract.lookupAttr(self, new PyStr("__class__")) instanceof PyType t ? t : Abstract.typeOf(self);
        for (PyType t : cls.mro()) for (Object k : t.dict().keys()) names.setItem(k, PyNone.NONE);
        return PyList.fromIterable(names);
    }

    /** {@code obj.__class__ = cls}: only between heap types with the same instance layout. */
    private static void setClass(Object self, Object value) {
        if (value == null) throw Errors.typeError("can't delete __class__ attribute");
        if (!(value instanceof PyType newType)) {
            throw Errors.typeError("__class__ must be set to a class, not '%s' object", Abstract.typeName(value));
        }
        if (self instanceof PyModule module) {
            module.setModuleClass(newType);
            return;
        }
        PyType oldType = Abstract.typeOf(self);
        if (!(self instanceof PyHeapObject h) || !newType.isHeapType() || !oldType.isHeapType()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        boolean sameLayout = newType.javaClass() == oldType.javaClass() && newType.slotCount() == oldType.slotCount()
                && newType.hasDict() == oldType.hasDict() && (self instanceof PyBaseException) == newType.isSubtype(Exceptions.BaseException);
        if (!sameLayout) {
            throw Errors.typeError("__class__ assignment: '%s' object layout differs from '%s'", newType.name(), oldType.name());
        }
        h.setType(newType);
    }
}
