package org.ember.runtime;

/**
 * The operations the interpreter performs on any value (CPython's abstract.c and object.c):
 * attribute access, calls, operators with their reflected forms, comparisons, hashing, truth,
 * iteration, subscription, repr/str, isinstance/issubclass. Everything here dispatches through
 * the type's slots, so special methods are found on the type, never on the instance.
 *
 * <p>Values are passed as {@code Object} (the interpreter's stacks are {@code Object[]}); every
 * value is a {@link PyObject}.
 */
public final class Abstract {
    private Abstract() {}

    // ---- small helpers ----

    public static PyType typeOf(Object o) {
        return ((PyObject) o).type();
    }

    public static String typeName(Object o) {
        return typeOf(o).name();
    }

    /** The builtin value inside an instance of a Python subclass of a builtin, else o itself. */
    public static Object builtinPart(Object o) {
        return o instanceof PyInstance i && i.base != null ? i.base : o;
    }

    /** A stable pseudo-address for reprs like {@code <object at 0x...>}. */
    public static String addressOf(Object o) {
        return String.format("0x%012x", 0x7f0000000000L + (Integer.toUnsignedLong(System.identityHashCode(o)) << 4));
    }

    /** Checks an attribute name argument (getattr(x, 2) → TypeError). */
    public static PyStr attrName(Object name) {
        if (name instanceof PyStr s) return s;
        if (builtinPart(name) instanceof PyStr s) return s;   // a str subclass names the attribute its text spells
        throw Errors.typeError("attribute name must be string, not '%s'", typeName(name));
    }

    // ---- attributes ----

    public static Object getAttr(Object obj, String name) {
        return getAttr(obj, new PyStr(name));
    }

    /** {@code obj.name}: raises AttributeError when absent. */
    public static Object getAttr(Object obj, PyStr name) {
        return typeOf(obj).getattro.apply(obj, name);
    }

    /** Whether f (or null) has a true {@code __isabstractmethod__} (what abc looks for on wrappers). */
    public static boolean isAbstractMethod(Object f) {
        if (f == null) return false;
        Object flag = lookupAttr(f, new PyStr("__isabstractmethod__"));
        return flag != null && isTrue(flag);
    }

    /** {@code obj.name}, or null instead of AttributeError (CPython's _PyObject_LookupAttr). */
    public static Object lookupAttr(Object obj, PyStr name) {
        Slot.Binary getattro = typeOf(obj).getattro;
        try {
            // A descriptor (an unset __slots__ member, a property) may raise AttributeError too.
            if (getattro == PyBaseObject.GETATTRO) return genericGetAttr(obj, name, true);
            return getattro.apply(obj, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.AttributeError)) return null;
            throw e;
        }
    }

    public static void setAttr(Object obj, PyStr name, Object value) {
        Slot.Store setattro = typeOf(obj).setattro;
        if (setattro == null) throw readOnlyAttributes(obj, name, value);
        setattro.store(obj, name, value);
    }

    public static void setAttr(Object obj, String name, Object value) {
        setAttr(obj, new PyStr(name), value);
    }

    public static void delAttr(Object obj, PyStr name) {
        Slot.Store setattro = typeOf(obj).setattro;
        if (setattro == null) throw readOnlyAttributes(obj, name, null);
        setattro.store(obj, name, null);
    }

    private static PyException readOnlyAttributes(Object obj, PyStr name, Object value) {
        boolean hasAttr = typeOf(obj).lookup(name.value()) != null;
        return hasAttr
                ? Errors.typeError("'%s' object has only read-only attributes (%s .%s)", typeName(obj),
                        value == null ? "del" : "assign to", name.value())
                : Errors.typeError("'%s' object has no attributes (%s .%s)", typeName(obj),
                        value == null ? "del" : "assign to", name.value());
    }

    /**
     * object.__getattribute__: data descriptors on the type win over the instance's own
     * attributes, which win over non-data descriptors and plain class attributes.
     * Returns null when absent if {@code suppress}, else raises AttributeError.
     */
    public static Object genericGetAttr(Object obj, PyStr name, boolean suppress) {
        PyType type = typeOf(obj);
        String key = name.value();
        Object descr = type.lookup(key);
        Slot.Ternary get = null;
        if (descr != null) {
            PyType descrType = typeOf(descr);
            get = descrType.descrGet;
            if (get != null && descrType.descrSet != null) return get.apply(descr, obj, type);
        }
        Object own = instanceAttribute(obj, key);
        if (own != null) return own;
        if (get != null) return get.apply(descr, obj, type);
        if (descr != null) return descr;
        if (suppress) return null;
        throw Errors.noAttribute(obj, key, "'%s' object has no attribute '%s'", type.name(), key);
    }

    /** The object's own attribute {@code key} (instance values, module or function dict), or null. */
    public static Object instanceAttribute(Object obj, String key) {
        if (obj instanceof PyHeapObject h) return h.getAttribute(key);
        if (obj instanceof PyModule m) return m.dict().getItemStr(key);
        if (obj instanceof PyFunction f) return f.attribute(key);
        if (obj instanceof OwnDict owner) return owner.ownDict().getItemStr(key);
        return null;
    }

    /** object.__setattr__ / __delattr__ (value null): data descriptors first, then the instance. */
    public static void genericSetAttr(Object obj, PyStr name, Object valueOrNull) {
        PyType type = typeOf(obj);
        String key = name.value();
        Object descr = type.lookup(key);
        if (descr != null) {
            Slot.Store set = typeOf(descr).descrSet;
            if (set != null) {
                set.store(descr, obj, valueOrNull);
                return;
            }
        }
        if (obj instanceof PyHeapObject h && h.type().hasDict()) {
            if (valueOrNull == null) {
                if (!h.deleteAttribute(key)) throw Errors.attributeError("'%s' object has no attribute '%s'", type.name(), key);
            } else {
                h.setAttribute(key, valueOrNull);
            }
            return;
        }
        if (obj instanceof PyModule m) {
            if (valueOrNull == null) {
                if (!m.dict().delItemIfPresent(name)) throw Errors.attributeError("module '%s' has no attribute '%s'", m.name(), key);
            } else {
                m.dict().setItem(name, valueOrNull);
            }
            return;
        }
        if (obj instanceof PyFunction f) {
            if (valueOrNull == null) {
                if (!f.dict().delItemIfPresent(name)) throw Errors.attributeError("'function' object has no attribute '%s'", key);
            } else {
                f.dict().setItem(name, valueOrNull);
            }
            return;
        }
        if (obj instanceof OwnDict owner) {
            if (valueOrNull == null) {
                if (!owner.ownDict().delItemIfPresent(name)) throw Errors.attributeError("'%s' object has no attribute '%s'", type.name(), key);
            } else {
                owner.ownDict().setItem(name, valueOrNull);
            }
            return;
        }
        if (descr == null) {
            // CPython words a failed delete the same way as a failed store here
            throw Errors.attributeError("'%s' object has no attribute '%s' and no __dict__ for setting new attributes", type.name(), key);
        }
        throw Errors.attributeError("'%s' object attribute '%s' is read-only", type.name(), key);
    }

    // ---- calls ----

    /** {@code callable(*args)} with vectorcall arguments. */
    public static Object call(Object callable, Object[] args, int offset, int nargs, PyTuple kwnames) {
        if (callable instanceof PyBuiltinFunction f) return f.call(args, offset, nargs, kwnames);
        // an unbound builtin method (CALL_METHOD_DESCRIPTOR_FAST's dict.get(d, k, 0)), like a
        // builtin function above: Java code, called without the type's call slot and depth count
        if (callable instanceof PyMethodDescr d) return d.call(args, offset, nargs, kwnames);
        Slot.Call call = typeOf(callable).call;
        if (call == null) throw Errors.typeError("'%s' object is not callable", typeName(callable));
        // a bound method counts when it calls its function (below), not twice
        if (callable instanceof PyBoundMethod m) return m.call(args, offset, nargs, kwnames);
        ThreadState ts = ThreadState.current();
        // a function's frame is one level of the Python recursion limit (CPython's frame check, no
        // suffix); a type, an instance with __call__, a partial... are C-level nesting in CPython,
        // which does not count against sys.getrecursionlimit() (only the frames they lead to do)
        boolean frame = callable instanceof PyFunction;
        if (frame) ts.enterRecursiveCall("");
        else ts.enterCRecursiveCall(" while calling a Python object");
        try {
            return call.call(callable, args, offset, nargs, kwnames);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while calling a Python object");
        } finally {
            if (frame) ts.leaveRecursiveCall();
            else ts.leaveCRecursiveCall();
        }
    }

    /** {@code callable(*args)}, positional arguments only. */
    public static Object call(Object callable, Object... args) {
        return call(callable, args, 0, args.length, null);
    }

    /**
     * Calls a special method found on the type with {@code self} first: method descriptors and
     * functions are called directly (no bound-method allocation), other objects are bound first.
     */
    public static Object callMethod(Object method, Object self, Object... args) {
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = self;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        if (bindsAsMethod(method, self)) return callFunctionWithSelf((PyFunction) method, withSelf, withSelf.length, null);
        return callMethodVector(method, self, withSelf, 1, args.length, null);
    }

    /** Like {@link #callMethod} with vectorcall arguments (self not included in args). */
    public static Object callMethodVector(Object method, Object self, Object[] args, int offset, int nargs, PyTuple kwnames) {
        if (bindsAsMethod(method, self)) {
            Object[] withSelf = new Object[nargs + 1];
            withSelf[0] = self;
            System.arraycopy(args, offset, withSelf, 1, nargs);
            return callFunctionWithSelf((PyFunction) method, withSelf, nargs + 1, kwnames);
        }
        PyType methodType = typeOf(method);
        if (methodType.isMethodDescriptor()) {
            Object[] withSelf = new Object[nargs + 1];
            withSelf[0] = self;
            System.arraycopy(args, offset, withSelf, 1, nargs);
            return call(method, withSelf, 0, nargs + 1, kwnames);
        }
        Object bound = methodType.descrGet != null ? methodType.descrGet.apply(method, self, typeOf(self)) : method;
        return call(bound, args, offset, nargs, kwnames);
    }

    /**
     * A Python function found on a type, about to be called with an instance: binding it would
     * make a bound method that only prepends {@code self} again (function.__get__ returns the
     * function itself for None, which therefore takes the general path).
     */
    private static boolean bindsAsMethod(Object method, Object self) {
        return method instanceof PyFunction && self != PyNone.NONE;
    }

    /**
     * Calls a Python function with {@code self} already first in {@code withSelf}: the call
     * {@link #call} makes of a function (one recursion level), without the bound method.
     */
    private static Object callFunctionWithSelf(PyFunction function, Object[] withSelf, int nargs, PyTuple kwnames) {
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall("");
        try {
            return org.ember.interp.Eval.callFunction(ts, function, withSelf, 0, nargs, kwnames);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while calling a Python object");
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** {@code obj.name(*args)}. */
    public static Object invoke(Object obj, String name, Object... args) {
        return call(getAttr(obj, name), args);
    }

    // ---- numbers ----

    /** {@code a op b} (CPython's binary_op1 plus the sequence fallbacks for + and *). */
    public static Object binaryOp(Object a, Object b, BinOp op) {
        if (op == BinOp.POW) return power(a, b, PyNone.NONE);
        Object r = binaryOp1(a, b, op.ordinal());
        if (r != PyNotImplemented.INSTANCE) return r;
        Object sequence = sequenceFallback(a, b, op);
        if (sequence != null) return sequence;
        throw Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", op.symbol, typeName(a), typeName(b));
    }

    private static Object binaryOp1(Object a, Object b, int op) {
        PyType ta = typeOf(a), tb = typeOf(b);
        Slot.Binary slotA = ta.binary[op];
        Slot.Binary slotB = tb == ta ? null : tb.binary[op];
        if (slotB == slotA) slotB = null;
        if (slotA != null) {
            if (slotB != null && tb.isSubtype(ta)) {
                Object r = slotB.apply(a, b);
                if (r != PyNotImplemented.INSTANCE) return r;
                slotB = null;
            }
            Object r = slotA.apply(a, b);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        if (slotB != null) return slotB.apply(a, b);
        return PyNotImplemented.INSTANCE;
    }

    /** Whether {@code type}'s slot for plain binary operator {@code op} calls a Python class's {@code __op__} (tier 2). */
    public static boolean hasHeapBinary(PyType type, int op) {
        return SlotDefs.isHeapBinary(type.binary[op], op);
    }

    /**
     * {@link #binaryOp} after a's slot, the heap slot (a Python class's {@code __op__}), called
     * {@code a.__op__(b)} and got NotImplemented, where b's type is a's or not a subtype of it
     * (tier 2 calls that method itself: docs/jit.md): the rest of the protocol, i.e. b's
     * reflected method or b's own slot, then the sequence fallbacks, then the TypeError.
     */
    public static Object binaryOpAfterLeft(Object a, Object b, BinOp op) {
        PyType ta = typeOf(a), tb = typeOf(b);
        Object r = PyNotImplemented.INSTANCE;
        if (tb != ta) {
            Slot.Binary slotA = ta.binary[op.ordinal()], slotB = tb.binary[op.ordinal()];
            if (slotB == slotA) r = SlotDefs.heapReflected(op, a, b);
            else if (slotB != null) r = slotB.apply(a, b);
        }
        if (r != PyNotImplemented.INSTANCE) return r;
        Object sequence = sequenceFallback(a, b, op);
        if (sequence != null) return sequence;
        throw Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", op.symbol, typeName(a), typeName(b));
    }

    private static Object sequenceFallback(Object a, Object b, BinOp op) {
        if (op == BinOp.ADD && typeOf(a).sqConcat != null) return typeOf(a).sqConcat.apply(a, b);
        if (op == BinOp.MUL) {
            if (typeOf(a).sqRepeat != null) return repeat(a, b);
            if (typeOf(b).sqRepeat != null) return repeat(b, a);
        }
        return null;
    }

    private static Object repeat(Object sequence, Object count) {
        if (typeOf(count).index == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '%s'", typeName(count));
        }
        return typeOf(sequence).sqRepeat.apply(sequence, count);
    }

    /** {@code a op= b}: the in-place slot first, then the plain operator. */
    public static Object inplaceOp(Object a, Object b, BinOp op) {
        if (op == BinOp.POW) return inplacePower(a, b);
        Slot.Binary inplace = typeOf(a).inplace[op.ordinal()];
        if (inplace != null) {
            Object r = inplace.apply(a, b);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        Object r = binaryOp1(a, b, op.ordinal());
        if (r != PyNotImplemented.INSTANCE) return r;
        if (op == BinOp.ADD && typeOf(a).sqInplaceConcat != null) return typeOf(a).sqInplaceConcat.apply(a, b);
        Object sequence = sequenceFallback(a, b, op);
        if (sequence != null) return sequence;
        throw Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", op.inplaceSymbol(), typeName(a), typeName(b));
    }

    /**
     * {@link #inplaceOp} after a's in-place slot, a Python class's {@code __iop__} (tier 2 calls
     * that method itself: docs/jit.md), returned NotImplemented: the binary operator's protocol,
     * the in-place and plain sequence fallbacks, then the TypeError naming the in-place operator.
     */
    public static Object inplaceOpAfterSlot(Object a, Object b, BinOp op) {
        Object r = binaryOp1(a, b, op.ordinal());
        if (r != PyNotImplemented.INSTANCE) return r;
        if (op == BinOp.ADD && typeOf(a).sqInplaceConcat != null) return typeOf(a).sqInplaceConcat.apply(a, b);
        Object sequence = sequenceFallback(a, b, op);
        if (sequence != null) return sequence;
        throw Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", op.inplaceSymbol(), typeName(a), typeName(b));
    }

    /** {@code pow(a, b, mod)}; mod is None for the two-argument form. */
    public static Object power(Object a, Object b, Object mod) {
        PyType ta = typeOf(a), tb = typeOf(b);
        Slot.Ternary slotA = ta.pow;
        Slot.Ternary slotB = tb == ta ? null : tb.pow;
        if (slotB == slotA) slotB = null;
        if (slotA != null) {
            if (slotB != null && tb.isSubtype(ta)) {
                Object r = slotB.apply(a, b, mod);
                if (r != PyNotImplemented.INSTANCE) return r;
                slotB = null;
            }
            Object r = slotA.apply(a, b, mod);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        if (slotB != null) {
            Object r = slotB.apply(a, b, mod);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        if (mod == PyNone.NONE) {
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", typeName(a), typeName(b));
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", typeName(a), typeName(b), typeName(mod));
    }

    private static Object inplacePower(Object a, Object b) {
        Slot.Ternary inplace = typeOf(a).inplacePow;
        if (inplace != null) {
            Object r = inplace.apply(a, b, PyNone.NONE);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        try {
            return power(a, b, PyNone.NONE);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError)) throw e;
            throw Errors.typeError("unsupported operand type(s) for **=: '%s' and '%s'", typeName(a), typeName(b));
        }
    }

    public static Object negative(Object a) {
        return unary(a, typeOf(a).neg, "unary -");
    }

    public static Object positive(Object a) {
        return unary(a, typeOf(a).pos, "unary +");
    }

    public static Object invert(Object a) {
        return unary(a, typeOf(a).invert, "unary ~");
    }

    public static Object absolute(Object a) {
        return unary(a, typeOf(a).abs, "abs()");
    }

    private static Object unary(Object a, Slot.Unary slot, String what) {
        if (slot == null) throw Errors.typeError("bad operand type for %s: '%s'", what, typeName(a));
        return slot.apply(a);
    }

    /** {@code operator.index(o)}: an exact int (or bool) via __index__. */
    public static PyInt index(Object o) {
        if (o instanceof PyInt i) return i;
        Slot.Unary slot = typeOf(o).index;
        if (slot == null) throw Errors.typeError("'%s' object cannot be interpreted as an integer", typeName(o));
        Object r = slot.apply(o);
        if (r instanceof PyInt i) return i;
        if (builtinPart(r) instanceof PyInt i) return i;
        throw Errors.typeError("__index__ returned non-int (type %s)", typeName(r));
    }

    /** An index-sized integer (CPython's Py_ssize_t): OverflowError/IndexError when too big. */
    public static long asSize(Object o, PyType errorType) {
        PyInt i = index(o);
        if (i.fitsLong()) return i.longValue();
        if (errorType == null) return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        throw Errors.of(errorType, "cannot fit '%s' into an index-sized integer", typeName(o));
    }

    // ---- comparisons ----

    /** {@code a op b} with the reflected operand tried first when it is of a subclass. */
    public static Object richCompare(Object a, Object b, CompareOp op) {
        // Two ints, floats or strs compare without running Python code: no depth to count (CPython
        // 3.12+ counts C recursion apart from Python calls, so a deep Python recursion never fails
        // "in comparison" there), and no thread-local lookup on this hot path.
        Class<?> ca = a.getClass();
        if (ca == b.getClass() && (ca == PyInt.class || ca == PyFloat.class || ca == PyStr.class)) {
            return richCompare1(a, b, op);
        }
        if (ca == PyTuple.class && b.getClass() == PyTuple.class && (op == CompareOp.EQ || op == CompareOp.NE)) {
            // token == ("symbol", "+"), x in ((..), (..)): items that decide without the protocol
            // need neither the recursion count nor the types' slots
            int equality = PyTuple.equalityWithoutDispatch((PyTuple) a, (PyTuple) b);
            if (equality != PyTuple.UNORDERED) return PyBool.of((equality == 0) == (op == CompareOp.EQ));
        }
        ThreadState ts = ThreadState.current();
        ts.enterCRecursiveCall(" in comparison");
        try {
            return richCompare1(a, b, op);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded in comparison");
        } finally {
            ts.leaveCRecursiveCall();
        }
    }

    private static Object richCompare1(Object a, Object b, CompareOp op) {
        PyType ta = typeOf(a), tb = typeOf(b);
        boolean reflectedTried = false;
        if (ta != tb && tb.isSubtype(ta) && tb.richcompare != null) {
            reflectedTried = true;
            Object r = tb.richcompare.compare(b, a, op.swapped());
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        if (ta.richcompare != null) {
            Object r = ta.richcompare.compare(a, b, op);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        if (!reflectedTried && tb.richcompare != null) {
            Object r = tb.richcompare.compare(b, a, op.swapped());
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        return switch (op) {
            case EQ -> PyBool.of(a == b);
            case NE -> PyBool.of(a != b);
            default -> throw Errors.typeError("'%s' not supported between instances of '%s' and '%s'",
                    op.symbol, typeName(a), typeName(b));
        };
    }

    /** Comparison as a Java boolean; identity implies equality for == and != (as CPython's). */
    public static boolean richCompareBool(Object a, Object b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) return true;
            if (op == CompareOp.NE) return false;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            // two exact strs, ints or floats (dict values, list items): equal or not without the slots
            int equality = PyTuple.exactEquality(a, b);
            if (equality != PyTuple.UNORDERED) return (equality == 0) == (op == CompareOp.EQ);
        }
        Object r = richCompare(a, b, op);
        return r instanceof PyBool bool ? bool == PyBool.TRUE : isTrue(r);
    }

    /** {@code a == b} as containers use it (identity first). */
    public static boolean equal(Object a, Object b) {
        return a == b || richCompareBool(a, b, CompareOp.EQ);
    }

    // ---- hashing, truth, length ----

    public static long hash(Object o) {
        Slot.Hash slot = typeOf(o).hash;
        if (slot == null) return SlotDefs.NOT_HASHABLE.hash(o);
        return slot.hash(o);
    }

    /** Turns what a Python __hash__ returned into a hash value (as CPython's slot_tp_hash). */
    static long hashResult(Object r) {
        if (!(builtinPart(r) instanceof PyInt i)) throw Errors.typeError("__hash__ method should return an integer");
        // a value that fits a Py_hash_t is the hash itself; only wider ints are reduced (PyLong_AsSsize_t, then long_hash)
        long h = i.fitsLong() ? i.longValue() : i.hash();
        return h == -1 ? -2 : h;
    }

    public static boolean isTrue(Object o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        PyType t = typeOf(o);
        if (t.bool != null) return t.bool.test(o);
        if (t.len != null) return t.len.len(o) != 0;
        return true;
    }

    public static int len(Object o) {
        Slot.Len slot = typeOf(o).len;
        if (slot == null) throw Errors.typeError("object of type '%s' has no len()", typeName(o));
        return slot.len(o);
    }

    /** len(o) as builtin len() gives it: up to sys.maxsize (a range, a Python __len__). */
    public static long size(Object o) {
        if (o instanceof PyRange r) return r.lengthAsSize();
        Slot.Len slot = typeOf(o).len;
        if (slot == null) throw Errors.typeError("object of type '%s' has no len()", typeName(o));
        return slot.size(o);
    }

    /** Checks what a Python __len__ returned, for a length the runtime holds in an int. */
    static int lenResult(Object r) {
        long n = sizeResult(r);
        if (n > Integer.MAX_VALUE) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return (int) n;
    }

    /** Checks what a Python __len__ returned: an index >= 0 that fits sys.maxsize. */
    static long sizeResult(Object r) {
        PyInt i = index(r);
        if (i.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
        if (!i.fitsLong()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return i.longValue();
    }

    /**
     * CPython's PyObject_LengthHint: {@code len(o)} if its type has __len__ (a TypeError from it
     * means "no hint"), else {@code type(o).__length_hint__(o)} (TypeError or NotImplemented: no
     * hint), else {@code dflt}. list(x), tuple(x) and list.extend(x) ask for it before iterating,
     * so a Python __len__/__length_hint__ runs there as in CPython.
     */
    public static long lengthHint(Object o, long dflt) {
        PyType t = typeOf(o);
        if (t.len != null) {
            try {
                return size(o);
            } catch (PyException e) {
                if (!e.matches(Exceptions.TypeError)) throw e;
            }
        }
        Object method = t.lookup("__length_hint__");
        if (method == null) return dflt;
        Object result;
        try {
            result = callMethod(method, o);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) return dflt;
            throw e;
        }
        if (result == PyNotImplemented.INSTANCE) return dflt;
        if (!(builtinPart(result) instanceof PyInt hint)) {
            throw Errors.typeError("__length_hint__ must be an integer, not %s", typeName(result));
        }
        if (!hint.fitsLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        if (hint.signum() < 0) throw Errors.valueError("__length_hint__() should return >= 0");
        return hint.longValue();
    }

    /**
     * Room for {@code hint} more items in a Java array, as CPython's list_resize/PyTuple_New:
     * a size no array can have is a MemoryError before anything is iterated.
     */
    public static void checkCapacity(long current, long hint) {
        if (hint > MAX_ARRAY_SIZE - current) throw Errors.memoryError();
    }

    /** The largest Java array HotSpot allocates. */
    public static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    // ---- iteration ----

    /** {@code iter(o)}: __iter__, or the __getitem__ sequence protocol. */
    public static Object getIter(Object o) {
        PyType t = typeOf(o);
        if (t.iter != null) {
            Object it = t.iter.apply(o);
            if (typeOf(it).iternext == null) {
                throw Errors.typeError("iter() returned non-iterator of type '%s'", typeName(it));
            }
            return it;
        }
        if (t.getitem != null && !(o instanceof PyDict)) return new PySeqIterator(o);
        throw Errors.typeError("'%s' object is not iterable", t.name());
    }

    /** {@code next(it)}, or null when the iterator is exhausted. */
    public static Object next(Object iterator) {
        Slot.Unary slot = typeOf(iterator).iternext;
        if (slot == null) throw Errors.typeError("'%s' object is not an iterator", typeName(iterator));
        return slot.apply(iterator);
    }

    // ---- subscription and membership ----

    public static Object getItem(Object o, Object key) {
        Slot.Binary slot = typeOf(o).getitem;
        if (slot != null) return slot.apply(o, key);
        if (o instanceof PyType type) {
            Object classGetItem = lookupAttr(type, new PyStr("__class_getitem__"));
            if (classGetItem != null && classGetItem != PyNone.NONE) return call(classGetItem, key);  // None blocks it
            throw Errors.typeError("type '%s' is not subscriptable", type.name());
        }
        throw Errors.typeError("'%s' object is not subscriptable", typeName(o));
    }

    public static void setItem(Object o, Object key, Object value) {
        Slot.Store slot = typeOf(o).setitem;
        if (slot == null) throw Errors.typeError("'%s' object does not support item assignment", typeName(o));
        slot.store(o, key, value);
    }

    public static void delItem(Object o, Object key) {
        Slot.Store slot = typeOf(o).setitem;
        if (slot == null) throw Errors.typeError("'%s' object does not support item deletion", typeName(o));
        slot.store(o, key, null);
    }

    /** {@code item in container}: __contains__, else iteration comparing with ==. */
    public static boolean contains(Object container, Object item) {
        Slot.Contains slot = typeOf(container).contains;
        if (slot != null) return slot.contains(container, item);
        PyType t = typeOf(container);
        if (t.iter == null && t.getitem == null) {
            throw Errors.typeError("argument of type '%s' is not a container or iterable", t.name());
        }
        Object it = getIter(container);
        for (Object x = next(it); x != null; x = next(it)) {
            if (equal(x, item)) return true;
        }
        return false;
    }

    // ---- repr and str ----

    /** {@code repr(o)}; deep nesting raises RecursionError, never a Java stack overflow. */
    /** format(value, spec): calls type(value).__format__ and checks that it returned a str. */
    public static PyStr format(Object value, PyStr spec) {
        Object result = formatResult(value, spec);
        return result instanceof PyStr s ? s : (PyStr) builtinPart(result);
    }

    /**
     * PyObject_Format: what {@code __format__} returned, a str subclass's instance unchanged
     * (the builtin {@code format()} returns it as is).
     */
    public static Object formatResult(Object value, PyStr spec) {
        // a special method: looked up on the type (format(int, '') must not find int.__format__)
        Object method = typeOf(value).lookup("__format__");
        if (method == null) throw Errors.typeError("Type %s doesn't define __format__", typeName(value));
        Object result = callMethod(method, value, spec);
        if (PyStr.asStr(result) == null) throw Errors.typeError("__format__ must return a str, not %s", typeName(result));
        return result;
    }

    public static PyStr repr(Object o) {
        Object r = reprResult(o);
        return r instanceof PyStr s ? s : (PyStr) builtinPart(r);
    }

    /**
     * PyObject_Repr: what {@code __repr__} returned, checked to be a str; an instance of a str
     * subclass comes back unchanged (the builtins repr() and ascii() return it as is).
     */
    public static Object reprResult(Object o) {
        ThreadState ts = ThreadState.current();
        ts.enterCRecursiveCall(" while getting the repr of an object");
        try {
            Object r = typeOf(o).repr.apply(o);
            if (r instanceof PyStr || builtinPart(r) instanceof PyStr) return r;
            throw Errors.typeError("__repr__ returned non-string (type %s)", typeName(r));
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while getting the repr of an object");
        } finally {
            ts.leaveCRecursiveCall();
        }
    }

    /** {@code str(o)}. */
    public static PyStr str(Object o) {
        if (o instanceof PyStr s) return s;
        Object r = strResult(o);
        return r instanceof PyStr s ? s : (PyStr) builtinPart(r);
    }

    /**
     * PyObject_Str: what {@code __str__} returned, checked to be a str; an instance of a str
     * subclass comes back unchanged ({@code str(x)} returns it as is).
     */
    public static Object strResult(Object o) {
        if (o instanceof PyStr s) return s;
        ThreadState ts = ThreadState.current();
        ts.enterCRecursiveCall(" while getting the str of an object");
        try {
            Object r = typeOf(o).str.apply(o);
            if (r instanceof PyStr || builtinPart(r) instanceof PyStr) return r;
            throw Errors.typeError("__str__ returned non-string (type %s)", typeName(r));
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while getting the str of an object");
        } finally {
            ts.leaveCRecursiveCall();
        }
    }

    /** {@code callable(o)}. */
    public static boolean isCallable(Object o) {
        return o instanceof PyBuiltinFunction || typeOf(o).call != null;
    }

    // ---- isinstance / issubclass ----

    public static boolean isInstance(Object inst, Object cls) {
        if (typeOf(inst) == cls) return true;
        if (cls instanceof PyType t && t.type() == PyType.TYPE) return objectIsInstance(inst, t);
        if (cls instanceof PyUnion union) cls = union.args;   // a union checks like the tuple of its members
        if (cls instanceof PyTuple classes) {
            ThreadState ts = enterCheck(" in __instancecheck__");
            try {
                for (Object c : classes.items()) if (isInstance(inst, c)) return true;
                return false;
            } finally {
                ts.leaveCRecursiveCall();
            }
        }
        Object checker = typeOf(cls).lookup("__instancecheck__");
        if (checker != null) {
            ThreadState ts = enterCheck(" in __instancecheck__");
            try {
                return isTrue(callMethod(checker, cls, inst));
            } finally {
                ts.leaveCRecursiveCall();
            }
        }
        return objectIsInstance(inst, cls);
    }

    /**
     * Counts one level of isinstance/issubclass nesting (tuples of tuples, __bases__ chains,
     * check methods calling back): CPython raises RecursionError there, never a Java overflow.
     */
    private static ThreadState enterCheck(String where) {
        ThreadState ts = ThreadState.current();
        ts.enterCRecursiveCall(where);
        return ts;
    }

    /**
     * isinstance by type, then by a differing {@code __class__} attribute; for a {@code cls}
     * that is not a type, CPython's "abstract" protocol: anything with a tuple {@code __bases__}
     * is a class, and the instance's {@code __class__} is searched up those bases.
     */
    static boolean objectIsInstance(Object inst, Object cls) {
        if (cls instanceof PyType t) {
            if (typeOf(inst).isSubtype(t)) return true;
            Object c = lookupAttr(inst, new PyStr("__class__"));
            return c != typeOf(inst) && c instanceof PyType ct && ct.isSubtype(t);
        }
        if (abstractBases(cls) == null) {
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        Object instClass = lookupAttr(inst, new PyStr("__class__"));
        return instClass != null && abstractIsSubclass(instClass, cls);
    }

    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            if (derived == cls) return true;
            return objectIsSubclass(derived, t);
        }
        if (cls instanceof PyUnion union) cls = union.args;
        if (cls instanceof PyTuple classes) {
            ThreadState ts = enterCheck(" in __subclasscheck__");
            try {
                for (Object c : classes.items()) if (isSubclass(derived, c)) return true;
                return false;
            } finally {
                ts.leaveCRecursiveCall();
            }
        }
        Object checker = typeOf(cls).lookup("__subclasscheck__");
        if (checker != null) {
            ThreadState ts = enterCheck(" in __subclasscheck__");
            try {
                return isTrue(callMethod(checker, cls, derived));
            } finally {
                ts.leaveCRecursiveCall();
            }
        }
        return objectIsSubclass(derived, cls);
    }

    static boolean objectIsSubclass(Object derived, Object cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) return d.isSubtype(c);
        if (abstractBases(derived) == null) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (!(cls instanceof PyUnion) && abstractBases(cls) == null) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    /** {@code cls.__bases__} if it is a tuple, else null (AttributeError counts as "no bases"). */
    private static PyTuple abstractBases(Object cls) {
        return lookupAttr(cls, new PyStr("__bases__")) instanceof PyTuple bases ? bases : null;
    }

    /** Whether {@code cls} is {@code derived} or reachable through {@code __bases__} tuples. */
    private static boolean abstractIsSubclass(Object derived, Object cls) {
        PyTuple bases;
        while (true) {
            if (derived == cls) return true;
            bases = abstractBases(derived);
            if (bases == null || bases.size() == 0) return false;
            if (bases.size() > 1) break;
            derived = bases.get(0);   // single inheritance: a loop, not a recursion (as CPython)
        }
        ThreadState ts = enterCheck(" in __issubclass__");
        try {
            for (Object base : bases.items()) if (abstractIsSubclass(base, cls)) return true;
            return false;
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded in __issubclass__");
        } finally {
            ts.leaveCRecursiveCall();
        }
    }
}
