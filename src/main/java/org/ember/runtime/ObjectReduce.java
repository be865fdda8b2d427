package org.ember.runtime;

/**
 * {@code object.__reduce_ex__}, {@code object.__reduce__} and {@code object.__getstate__}: how
 * copy and pickle take any object apart. Protocol 2 and later reduce to
 * {@code copyreg.__newobj__(cls, *args)} plus the state, list items and dict items; protocols 0
 * and 1 go through {@code copyreg._reduce_ex} (the Python module in Ember's lib).
 */
final class ObjectReduce {
    private ObjectReduce() {}

    static void fill(TypeBuilder d) {
        d.method("__reduce_ex__", ArgSpec.one("__reduce_ex__"), (self, a) -> reduceEx(self, Abstract.asSize(a[0], null)));
        d.method0("__reduce__", self -> commonReduce(self, 0));
        d.method0("__getstate__", self -> getState(self, false));
    }

    private static Object reduceEx(Object self, long protocol) {
        // A class that overrides __reduce__ (and not __reduce_ex__) is reduced by its __reduce__.
        Object reduce = Abstract.typeOf(self).lookup("__reduce__");
        Object objectReduce = PyBaseObject.TYPE.lookup("__reduce__");
        if (reduce != null && reduce != objectReduce) return Abstract.callMethod(reduce, self);
        return commonReduce(self, protocol);
    }

    private static Object commonReduce(Object self, long protocol) {
        Object builtin = builtinReduce(self, protocol);
        if (builtin != null) return builtin;
        Object copyreg = importCopyreg();
        if (protocol >= 2) return reduceNewObj(self, copyreg);
        return Abstract.call(Abstract.getAttr(copyreg, "_reduce_ex"), self, PyInt.of(protocol));
    }

    private static Object importCopyreg() {
        Object importer = ThreadState.current().interpreter().builtins.getItemStr("__import__");
        return Abstract.call(importer, new PyStr("copyreg"));
    }

    private static Object reduceNewObj(Object self, Object copyreg) {
        PyType type = Abstract.typeOf(self);
        if (type.newInstance == null) throw Errors.typeError("cannot pickle '%s' object", type.name());
        Object args = null, kwargs = null;
        Object getNewArgsEx = Abstract.lookupAttr(self, new PyStr("__getnewargs_ex__"));
        if (getNewArgsEx != null) {
            Object pair = Abstract.call(getNewArgsEx);
            if (!(pair instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple of length 2, not '%s'", Abstract.typeName(pair));
            }
            args = t.get(0);
            kwargs = t.get(1);
        } else {
            Object getNewArgs = Abstract.lookupAttr(self, new PyStr("__getnewargs__"));
            if (getNewArgs != null) {
                args = Abstract.call(getNewArgs);
                if (!(args instanceof PyTuple)) {
                    throw Errors.typeError("__getnewargs__ should return a tuple, not '%s'", Abstract.typeName(args));
                }
            }
        }
        boolean hasArgs = args != null;
        PyTuple positional = args == null ? PyTuple.EMPTY : (PyTuple) args;
        Object newobj;
        PyTuple newargs;
        if (kwargs == null || Abstract.len(kwargs) == 0) {
            newobj = Abstract.getAttr(copyreg, "__newobj__");
            Object[] items = new Object[positional.size() + 1];
            items[0] = type;
            System.arraycopy(positional.items(), 0, items, 1, positional.size());
            newargs = PyTuple.of(items);
        } else {
            newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(type, positional, kwargs);
        }
        Object part = Abstract.builtinPart(self);
        boolean isList = part instanceof PyList, isDict = part instanceof PyDict;
        Object state = callGetState(self, !hasArgs && !isList && !isDict);
        Object listItems = isList ? Abstract.getIter(self) : PyNone.NONE;
        Object dictItems = isDict ? Abstract.getIter(Abstract.invoke(self, "items")) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listItems, dictItems);
    }

    private static Object callGetState(Object self, boolean required) {
        Object method = Abstract.typeOf(self).lookup("__getstate__");
        Object ours = PyBaseObject.TYPE.lookup("__getstate__");
        if (method == null || method == ours) return getState(self, required);
        return Abstract.callMethod(method, self);
    }

    /** The default state: a copy of __dict__ (None when empty), paired with the __slots__ values. */
    private static Object getState(Object self, boolean required) {
        PyType type = Abstract.typeOf(self);
        if (required && !type.isHeapType() && !(self instanceof PyInstance)) {
            throw Errors.typeError("cannot pickle '%s' object", type.name());
        }
        Object state = PyNone.NONE;
        if (self instanceof PyHeapObject heap) {
            PyDict dict = heap.dict();
            if (dict != null && dict.size() > 0) state = dict.copy();
        }
        Object slotNames = Abstract.call(Abstract.getAttr(importCopyreg(), "_slotnames"), type);
        if (Abstract.isTrue(slotNames)) {
            PyDict slots = new PyDict();
            Object it = Abstract.getIter(slotNames);
            for (Object name = Abstract.next(it); name != null; name = Abstract.next(it)) {
                PyStr attrName = PyStr.asStr(name);   // a str subclass is fine; anything else is not
                if (attrName == null) {
                    throw Errors.typeError("attribute name must be string, not '%s'", Abstract.typeName(name));
                }
                Object value = Abstract.lookupAttr(self, attrName);
                if (value != null) slots.setItem(name, value);
            }
            if (slots.size() > 0) state = PyTuple.of(state, slots);
        }
        return state;
    }

    /**
     * The reductions of the builtin values whose types have their own {@code __reduce__} in
     * CPython: exceptions {@code (type, args[, __dict__])}, sets and frozensets, bytearray, {@code range} and {@code slice}
     * {@code (type, (start, stop, step))}, and the singletons named by their builtin name.
     * Null for every other value.
     */
    private static Object builtinReduce(Object self, long protocol) {
        if (self == PyNotImplemented.INSTANCE) return new PyStr("NotImplemented");
        if (self == PyEllipsis.INSTANCE) return new PyStr("Ellipsis");
        if (self instanceof PyRange r) {
            return PyTuple.of(PyRange.TYPE, PyTuple.of(r.startValue(), r.stopValue(), r.stepValue()));
        }
        if (self instanceof PySlice s) return PyTuple.of(PySlice.TYPE, PyTuple.of(s.start, s.stop, s.step));
        Object part = Abstract.builtinPart(self);
        if (part instanceof PySet || part instanceof PyFrozenSet) {   // (type, (list,), __getstate__())
            Object state = callGetState(self, false);   // CPython's _PyObject_GetState: __dict__ and __slots__
            return PyTuple.of(Abstract.typeOf(self), PyTuple.of(PyList.fromIterable(part)), state);
        }
        if (part instanceof PyByteArray array) {   // protocols 0-2 had no bytes: a latin-1 str then
            Object dict = Abstract.lookupAttr(self, new PyStr("__dict__"));
            Object state = dict instanceof PyDict d && d.size() > 0 ? d : PyNone.NONE;
            byte[] data = array.toByteArray();
            PyTuple args = protocol < 3
                    ? PyTuple.of(new PyStr(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1)), new PyStr("latin-1"))
                    : PyTuple.of(new PyBytes(data));
            return PyTuple.of(Abstract.typeOf(self), args, state);
        }
        if (self instanceof PyBaseException e) {
            PyType type = Abstract.typeOf(self);
            Object dict = Abstract.lookupAttr(self, new PyStr("__dict__"));
            if (dict instanceof PyDict d && d.size() > 0) return PyTuple.of(type, e.args(), d);
            return PyTuple.of(type, e.args());
        }
        return null;
    }
}
