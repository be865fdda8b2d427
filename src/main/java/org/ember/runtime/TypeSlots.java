package org.ember.runtime;

import java.util.List;

/**
 * The behaviour of {@code type} itself: calling a class, attribute lookup on classes (with the
 * metaclass's data descriptors first), class attribute assignment, and the attributes every
 * class has ({@code __name__}, {@code __mro__}, {@code mro()}, ...).
 */
final class TypeSlots {
    private TypeSlots() {}

    static void fill(PyType t) {
        t.repr = TypeSlots::repr;
        t.call = TypeSlots::call;
        t.getattro = TypeSlots::getAttr;
        t.setattro = TypeSlots::setAttr;
        t.newInstance = TypeSlots::newType;
        t.init = TypeSlots::init;
        t.binary[BinOp.OR.ordinal()] = PyUnion::or;
        t.setLazyDict(TypeSlots::fillDict);
    }

    private static PyType of(Object self) {
        return (PyType) self;
    }

    private static Object repr(Object self) {
        PyType t = of(self);
        String module = t.module();
        // CPython's type_repr: a type of module builtins shows its tp_name (__name__), not __qualname__.
        if (module.equals("builtins")) return new PyStr("<class '" + shortName(t, t.name()) + "'>");
        return new PyStr("<class '" + module + "." + shortName(t, t.qualname()) + "'>");
    }

    /** {@code cls(*args)}: __new__, then __init__ if the result is an instance of cls. */
    private static Object call(Object self, Object[] args, int offset, int nargs, PyTuple kwnames) {
        PyType type = of(self);
        boolean noKeywords = kwnames == null || kwnames.size() == 0;
        if (type == PyType.TYPE && nargs == 1 && noKeywords) return Abstract.typeOf(args[offset]);
        if (type.newInstance == null) throw Errors.typeError("cannot create '%s' instances", type.name());
        Object obj = type.newInstance.make(type, args, offset, nargs, kwnames);
        PyType made = Abstract.typeOf(obj);
        if (!made.isSubtype(type)) return obj;
        if (made.init != null) made.init.call(obj, args, offset, nargs, kwnames);
        return obj;
    }

    private static Object newType(PyType metatype, Object[] args, int offset, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = nargs - nkw;
        if (metatype == PyType.TYPE && npos == 1 && nkw == 0) return Abstract.typeOf(args[offset]);
        if (npos != 3) {
            throw Errors.typeError(metatype == PyType.TYPE ? "type() takes 1 or 3 arguments"
                    : "type.__new__() takes exactly 3 arguments (%d given)", npos);
        }
        Object name = args[offset], bases = args[offset + 1], ns = args[offset + 2];
        if (!(name instanceof PyStr n)) throw Errors.typeError("type.__new__() argument 1 must be str, not %s", Abstract.typeName(name));
        if (!(bases instanceof PyTuple b)) throw Errors.typeError("type.__new__() argument 2 must be tuple, not %s", Abstract.typeName(bases));
        if (!(ns instanceof PyDict d)) throw Errors.typeError("type.__new__() argument 3 must be dict, not %s", Abstract.typeName(ns));
        PyDict kwargs = new PyDict();
        for (int k = 0; k < nkw; k++) kwargs.setItem(kwnames.get(k), args[offset + npos + k]);
        return TypeFactory.create(metatype, n.value(), b, d, kwargs);
    }

    private static Object init(Object self, Object[] args, int offset, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = nargs - nkw;
        if (npos != 1 && npos != 3) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
        return PyNone.NONE;
    }

    /** type.__getattribute__: metaclass data descriptors, then the class's MRO, then the metaclass. */
    static Object getAttr(Object self, Object nameObj) {
        PyType type = of(self);
        String name = ((PyStr) nameObj).value();
        PyType meta = type.type();
        Object metaAttr = meta.lookup(name);
        Slot.Ternary metaGet = null;
        if (metaAttr != null) {
            PyType metaAttrType = Abstract.typeOf(metaAttr);
            metaGet = metaAttrType.descrGet;
            if (metaGet != null && metaAttrType.descrSet != null) return metaGet.apply(metaAttr, type, meta);
        }
        Object attr = type.lookup(name);
        if (attr != null) {
            Slot.Ternary localGet = Abstract.typeOf(attr).descrGet;
            return localGet != null ? localGet.apply(attr, null, type) : attr;
        }
        if (metaGet != null) return metaGet.apply(metaAttr, type, meta);
        if (metaAttr != null) return metaAttr;
        throw Errors.noAttribute(type, name, "type object '%s' has no attribute '%s'", type.name(), name);
    }

    private static void setAttr(Object self, Object nameObj, Object value) {
        PyType type = of(self);
        String name = Abstract.attrName(nameObj).value();
        if (type.isImmutable()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", name, type.name());
        }
        Object metaAttr = type.type().lookup(name);
        if (metaAttr != null) {
            Slot.Store set = Abstract.typeOf(metaAttr).descrSet;
            if (set != null) {
                set.store(metaAttr, type, value);
                return;
            }
        }
        type.setAttribute(name, value);
    }

    /** A builtin type's name may carry its module ("string.templatelib.Template", as tp_name): __name__ is the last part. */
    private static String shortName(PyType type, String name) {
        return type.isHeapType() && !type.hasQualifiedName() ? name : name.substring(name.lastIndexOf('.') + 1);
    }

    private static void fillDict(TypeBuilder d) {
        d.getset("__name__", self -> new PyStr(shortName(of(self), of(self).name())), (self, v) -> {
            PyType t = checkSettable(self, "__name__", v);
            if (!(v instanceof PyStr s)) throw Errors.typeError("can only assign string to %s.__name__, not '%s'", t.name(), Abstract.typeName(v));
            t.setName(s.value());
            t.modified();
        });
        d.getset("__qualname__", self -> new PyStr(shortName(of(self), of(self).qualname())), (self, v) -> {
            PyType t = checkSettable(self, "__qualname__", v);
            if (!(v instanceof PyStr s)) throw Errors.typeError("can only assign string to %s.__qualname__, not '%s'", t.name(), Abstract.typeName(v));
            t.setQualname(s.value());
        });
        d.getset("__abstractmethods__", self -> {
            Object methods = of(self) == PyType.TYPE ? null : of(self).dict().getItemStr("__abstractmethods__");
            if (methods == null) throw Errors.attributeError("__abstractmethods__");
            return methods;
        }, TypeSlots::setAbstractMethods);
        d.getset("__module__", self -> {
            Object m = of(self).dict().getItemStr("__module__");
            return m != null ? m : new PyStr("builtins");
        }, (self, v) -> {
            PyType t = checkSettable(self, "__module__", v);
            t.setAttribute("__module__", v);
        });
        d.getset("__bases__", self -> of(self).bases(), (self, v) -> {
            PyType t = checkSettable(self, "__bases__", v);
            TypeFactory.setBases(t, v);
        });
        d.getset("__base__", self -> {
            PyType b = of(self).base();
            return b == null ? PyNone.NONE : b;
        }, null);
        d.getset("__mro__", self -> PyTuple.of((Object[]) of(self).mro()), null);
        d.getset("__dict__", self -> new PyMappingProxy(of(self).dict()), null);
        d.getset("__doc__", self -> {
            Object doc = of(self).dict().getItemStr("__doc__");
            if (doc == null) return PyNone.NONE;
            if (doc instanceof PyGetSetDescr && !of(self).isHeapType()) {  // `type` itself: its dict's __doc__ is this getset
                String text = BuiltinDocs.forType(of(self).name());
                return text == null ? PyNone.NONE : new PyStr(text);
            }
            Slot.Ternary get = Abstract.typeOf(doc).descrGet;
            return get != null ? get.apply(doc, null, self) : doc;
        }, (self, v) -> {
            PyType t = checkSettable(self, "__doc__", v);
            t.setAttribute("__doc__", v);
        });
        d.getset("__text_signature__", self -> BuiltinSignatures.ofType(of(self)), null);
        d.getset("__flags__", self -> PyInt.of(TypeLayout.flags(of(self))), PyGetSetDescr.READONLY_MEMBER);
        d.getset("__basicsize__", self -> PyInt.of(TypeLayout.basicSize(of(self))), PyGetSetDescr.READONLY_MEMBER);
        d.getset("__itemsize__", self -> PyInt.of(TypeLayout.itemSize(of(self))), PyGetSetDescr.READONLY_MEMBER);
        d.getset("__dictoffset__", self -> PyInt.of(TypeLayout.dictOffset(of(self))), PyGetSetDescr.READONLY_MEMBER);
        d.getset("__weakrefoffset__", self -> PyInt.of(TypeLayout.weakrefOffset(of(self))), PyGetSetDescr.READONLY_MEMBER);
        d.getset("__annotations__", TypeAnnotations::annotations, TypeAnnotations::setAnnotations);
        d.getset("__annotate__", TypeAnnotations::annotate, TypeAnnotations::setAnnotate);
        d.getset("__type_params__", TypeAnnotations::typeParams, TypeAnnotations::setTypeParams);
        d.method0("mro", self -> PyList.of((Object[]) TypeFactory.linearize(of(self), of(self).bases())));
        d.method0("__subclasses__", self -> {
            List<PyType> subs = of(self).subclasses();
            return PyList.of(subs.toArray());
        });
        d.method1("__instancecheck__", (self, inst) -> PyBool.of(Abstract.objectIsInstance(inst, self)));
        d.method0("__dir__", self -> {  // a class's attributes: its MRO's namespaces (not its metaclass's)
            PyDict names = new PyDict();
            for (PyType t : of(self).mro()) for (Object k : t.dict().keys()) names.setItem(k, PyNone.NONE);
            return PyList.of(names.keys().toArray());
        });
        d.method1("__subclasscheck__", (self, sub) -> PyBool.of(Abstract.objectIsSubclass(sub, self)));
        d.classMethod("__prepare__", ArgSpec.vector("__prepare__"), (cls, args) -> new PyDict());
    }

    /** Assigning __abstractmethods__ decides whether the class can be instantiated (type_set_abstractmethods). */
    private static void setAbstractMethods(Object self, Object value) {
        PyType t = of(self);
        if (t.isImmutable()) throw Errors.typeError("cannot set '__abstractmethods__' attribute of immutable type '%s'", t.name());
        if (value == null) {
            if (!t.dict().delItemIfPresent(new PyStr("__abstractmethods__"))) throw Errors.attributeError("__abstractmethods__");
            t.setAbstract(false);
        } else {
            boolean isAbstract = Abstract.isTrue(value);
            t.dict().setItem(new PyStr("__abstractmethods__"), value);
            t.setAbstract(isAbstract);
        }
        t.modified();
    }

    private static PyType checkSettable(Object self, String attr, Object value) {
        PyType t = of(self);
        if (t.isImmutable()) throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", attr, t.name());
        if (value == null) throw Errors.typeError("cannot delete '%s' attribute of immutable type '%s'", attr, t.name());
        return t;
    }
}
