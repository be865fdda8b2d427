package org.ember.runtime;

/**
 * PEP 649/749 on classes: {@code cls.__annotations__} and {@code cls.__annotate__}, and PEP 695's
 * {@code cls.__type_params__}. The class body's compiler-made annotate function is stored as
 * {@code __annotate_func__} in the class dict; {@code __annotations__} calls it with format
 * VALUE (1) on first use and caches the dict as {@code __annotations_cache__}. A class dict's own
 * {@code __annotations__} entry (from {@code from __future__ import annotations}) wins. Only the
 * class's own dict is consulted: a subclass without annotations has {} and an annotate of None.
 */
final class TypeAnnotations {
    private TypeAnnotations() {}

    private static final PyStr ANNOTATIONS = new PyStr("__annotations__");
    private static final PyStr CACHE = new PyStr("__annotations_cache__");
    private static final PyStr ANNOTATE = new PyStr("__annotate__");
    private static final PyStr ANNOTATE_FUNC = new PyStr("__annotate_func__");
    private static final PyStr TYPE_PARAMS = new PyStr("__type_params__");

    static Object annotations(Object self) {
        PyType type = heapType(self, "__annotations__");
        PyDict dict = type.dict();
        Object found = dict.getItem(ANNOTATIONS);
        if (found == null) found = dict.getItem(CACHE);
        if (found != null) return bind(found, type);
        Object annotate = annotate(type);
        Object computed;
        if (Abstract.isCallable(annotate)) {
            computed = Abstract.call(annotate, PyInt.of(1));
            if (!(computed instanceof PyDict)) {
                throw Errors.typeError("__annotate__ returned non-dict of type '%s'", Abstract.typeName(computed));
            }
        } else {
            computed = new PyDict();
        }
        dict.setItem(CACHE, computed);
        type.modified();
        return computed;
    }

    static void setAnnotations(Object self, Object value) {
        PyType type = (PyType) self;
        if (type.isImmutable()) throw Errors.typeError("cannot set '__annotations__' attribute of immutable type '%s'", type.name());
        PyDict dict = type.dict();
        if (value == null) {
            boolean had = dict.delItemIfPresent(ANNOTATIONS) | dict.delItemIfPresent(CACHE);
            if (!had) throw Errors.attributeError("__annotations__");
            dict.delItemIfPresent(ANNOTATE_FUNC);
        } else {
            // a dict entry of __annotations__ would shadow the cache: the new value replaces both
            if (dict.getItem(ANNOTATIONS) != null) dict.setItem(ANNOTATIONS, value);
            else dict.setItem(CACHE, value);
            dict.setItem(ANNOTATE_FUNC, PyNone.NONE);
        }
        type.modified();
    }

    static Object annotate(Object self) {
        PyType type = heapType(self, "__annotate__");
        PyDict dict = type.dict();
        Object found = dict.getItem(ANNOTATE);
        if (found == null) found = dict.getItem(ANNOTATE_FUNC);
        if (found != null) return bind(found, type);
        dict.setItem(ANNOTATE_FUNC, PyNone.NONE);
        return PyNone.NONE;
    }

    static void setAnnotate(Object self, Object value) {
        PyType type = (PyType) self;
        if (value == null) throw Errors.typeError("cannot delete __annotate__ attribute");
        if (type.isImmutable()) throw Errors.typeError("cannot set '__annotate__' attribute of immutable type '%s'", type.name());
        if (value != PyNone.NONE && !Abstract.isCallable(value)) throw Errors.typeError("__annotate__ must be callable or None");
        PyDict dict = type.dict();
        dict.setItem(ANNOTATE_FUNC, value);
        if (value != PyNone.NONE) dict.delItemIfPresent(CACHE);
        type.modified();
    }

    static Object typeParams(Object self) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE) return PyTuple.EMPTY;
        Object params = type.dict().getItem(TYPE_PARAMS);
        return params != null ? params : PyTuple.EMPTY;
    }

    static void setTypeParams(Object self, Object value) {
        PyType type = (PyType) self;
        if (type.isImmutable()) throw Errors.typeError("cannot set '__type_params__' attribute of immutable type '%s'", type.name());
        if (value == null) throw Errors.typeError("cannot delete '__type_params__' attribute of immutable type '%s'", type.name());
        type.dict().setItem(TYPE_PARAMS, value);
        type.modified();
    }

    private static PyType heapType(Object self, String attr) {
        PyType type = (PyType) self;
        if (!type.isHeapType()) throw Errors.attributeError("type object '%s' has no attribute '%s'", type.name(), attr);
        return type;
    }

    /** A descriptor found in the dict (a staticmethod, a property) is bound as CPython does (get(obj=NULL, type)). */
    private static Object bind(Object found, PyType type) {
        Slot.Ternary get = Abstract.typeOf(found).descrGet;
        return get != null ? get.apply(found, null, type) : found;
    }
}
