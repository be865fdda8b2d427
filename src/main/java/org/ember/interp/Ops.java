package org.ember.interp;

import java.util.List;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.Oparg;
import org.ember.runtime.Abstract;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.ExceptionFields;
import org.ember.runtime.ExceptionGroups;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyCell;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFrozenSet;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyInterpolation;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PySet;
import org.ember.runtime.PySlice;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/** The heavier halves of the evaluation loop's instructions, as small static methods. */
final class Ops {
    private Ops() {}

    // ---- the eval breaker ----

    /**
     * What RESUME and JUMP_BACKWARD do when the thread's pendingEvents flag is set: weakref
     * callbacks whose referents the JVM cleared, then (main thread only) the handlers of tripped
     * signals, which may raise (KeyboardInterrupt).
     */
    static void runPendingEvents(ThreadState ts) {
        ts.pendingEvents = false;
        org.ember.runtime.Interpreter interp = ts.interpreter();
        interp.weakRefs.pollCleared();
        if (interp.neverAwaited != null) NeverAwaited.warnCollected(interp);
        interp.signals.runHandlers();
    }

    // ---- constants and locals --------------------------------------------------------------------

    static Object constant(PyCode code, int index) {
        Object c = code.consts[index];
        if (c instanceof PyCode.Unsupported u) {
            throw Errors.systemError("constants of type %s are not supported yet", u.kind());
        }
        return c;
    }

    static Object commonConstant(Frame f, int oparg) {
        return switch (oparg) {
            case Oparg.CONSTANT_ASSERTIONERROR -> Exceptions.AssertionError;
            case Oparg.CONSTANT_NOTIMPLEMENTEDERROR -> Exceptions.NotImplementedError;
            case Oparg.CONSTANT_BUILTIN_TUPLE -> PyTuple.TYPE;
            default -> {
                String name = Oparg.COMMON_CONSTANT_NAMES.get(oparg);
                Object found = f.builtins.getItemStr(name);
                if (found == null) throw Errors.of(Exceptions.NameError, "name '%s' is not defined", name);
                yield found;
            }
        };
    }

    static Object checkLocal(Frame f, int index) {
        Object value = f.values[index];
        if (value == null) throw unboundLocal(f.code.localsPlusNames[index].value());
        return value;
    }

    static PyException unboundLocal(String name) {
        return Errors.of(Exceptions.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value", name);
    }

    static void copyFreeVars(Frame f, int count) {
        PyTuple closure = f.function.closure;
        int offset = f.code.nLocalsPlus - count;
        for (int i = 0; i < count; i++) f.values[offset + i] = closure.get(i);
    }

    static Object loadDeref(Frame f, int index) {
        Object value = ((PyCell) f.values[index]).contents;
        if (value == null) throw unboundDeref(f, index);
        return value;
    }

    private static PyException unboundDeref(Frame f, int index) {
        String name = f.code.localsPlusNames[index].value();
        if ((f.code.localKind(index) & org.ember.bytecode.RawCode.KIND_FREE) != 0) {
            return Errors.of(Exceptions.NameError, "cannot access free variable '%s' where it is not "
                    + "associated with a value in enclosing scope", name);
        }
        return unboundLocal(name);
    }

    static Object loadFromDictOrDeref(Frame f, Object mapping, int index) {
        Object found = lookupMapping(mapping, f.code.localsPlusNames[index]);
        return found != null ? found : loadDeref(f, index);
    }

    // ---- names ------------------------------------------------------------------------------------

    /** mapping[name] or null when absent (KeyError from a non-dict mapping means absent). */
    private static Object lookupMapping(Object mapping, PyStr name) {
        if (mapping instanceof PyDict d) return d.getItem(name);
        try {
            return Abstract.getItem(mapping, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.KeyError)) return null;
            throw e;
        }
    }

    /**
     * The namespace of the *_NAME instructions. A function whose code is not optimized (made by
     * types.FunctionType from module or eval code) runs with its globals as locals, as CPython's
     * function call passes them; set here on first use so that calls pay nothing for it.
     */
    private static Object nameLocals(Frame f) {
        if (f.locals == null && f.function != null && (f.code.flags() & org.ember.runtime.PyCode.CO_OPTIMIZED) == 0) {
            f.locals = f.globals;
        }
        return f.locals;
    }

    static Object loadName(Frame f, PyStr name) {
        if (nameLocals(f) == null) throw Errors.systemError("no locals when loading '%s'", name.value());
        Object v = lookupMapping(f.locals, name);
        return v != null ? v : loadGlobalAfterLocals(f, name);
    }

    /**
     * LOAD_NAME/LOAD_FROM_DICT_OR_GLOBALS after the mapping: the globals' own storage (not a
     * dict subclass's __getitem__), then the builtins as a mapping (CPython's _PyEval_LoadName).
     */
    private static Object loadGlobalAfterLocals(Frame f, PyStr name) {
        Object v = f.globals.getItem(name);
        if (v == null) v = globalItem(f.builtins, name);
        if (v == null) throw nameError(name);
        return v;
    }

    static void storeName(Frame f, PyStr name, Object value) {
        if (nameLocals(f) == null) throw Errors.systemError("no locals found when storing '%s'", name.value());
        if (f.locals instanceof PyDict d) d.setItem(name, value);
        else Abstract.setItem(f.locals, name, value);
    }

    static void deleteName(Frame f, PyStr name) {
        if (nameLocals(f) == null) throw Errors.systemError("no locals when deleting '%s'", name.value());
        try {
            Abstract.delItem(f.locals, name);
        } catch (PyException e) {
            if (!e.matches(Exceptions.KeyError)) throw e;
            throw nameError(name);
        }
    }

    static Object locals(Frame f) {
        if (nameLocals(f) == null) throw Errors.systemError("no locals found");
        return f.locals;
    }

    static Object loadFromDictOrGlobals(Frame f, Object mapping, PyStr name) {
        Object v = lookupMapping(mapping, name);
        return v != null ? v : loadGlobalAfterLocals(f, name);
    }

    static Object loadGlobal(Frame f, PyStr name) {
        Object v = globalItem(f.globals, name);
        if (v == null) v = globalItem(f.builtins, name);
        if (v == null) throw nameError(name);
        return v;
    }

    /** A name in globals or builtins: through the dict subclass's own item lookup if it is one. */
    private static Object globalItem(PyDict namespace, PyStr name) {
        Object owner = namespace.mappingOwner;
        return owner == null ? namespace.getItem(name) : lookupMapping(owner, name);
    }

    static PyException nameError(PyStr name) {
        PyException e = Errors.of(Exceptions.NameError, "name '%s' is not defined", name.value());
        ExceptionFields.set(e.value, "name", name);
        return e;
    }

    static void deleteGlobal(Frame f, PyStr name) {
        if (!f.globals.delItemIfPresent(name)) throw nameError(name);
    }

    static Object loadBuildClass(Frame f) {
        Object bc = f.builtins.getItemStr("__build_class__");
        if (bc == null) throw Errors.of(Exceptions.NameError, "__build_class__ not found");
        return bc;
    }

    static void setupAnnotations(Frame f) {
        Object namespace = locals(f);
        if (!(namespace instanceof PyDict locals)) {
            PyStr key = new PyStr("__annotations__");
            if (lookupMapping(namespace, key) == null) Abstract.setItem(namespace, key, new PyDict());
            return;
        }
        if (locals.getItemStr("__annotations__") == null) locals.setItem(new PyStr("__annotations__"), new PyDict());
    }

    // ---- attributes ---------------------------------------------------------------------------------

    /**
     * LOAD_ATTR with the method bit. A method descriptor (Python function, builtin method) found
     * on the type of an owner with the generic __getattribute__ and no own attribute of that name
     * is pushed unbound as (method, owner), so the CALL passes the owner as the first argument and
     * no bound method is allocated (CPython's _PyObject_GetMethod). Otherwise (attribute, NULL).
     */
    static int loadMethod(Object[] s, int sp, PyStr name) {
        Object owner = s[sp - 1];
        PyType type = Abstract.typeOf(owner);
        if (type.getattro == org.ember.runtime.PyBaseObject.GETATTRO) {
            Object descr = type.lookup(name.value());
            if (descr != null && Abstract.typeOf(descr).isMethodDescriptor()
                    && Abstract.instanceAttribute(owner, name.value()) == null) {
                s[sp - 1] = descr;
                s[sp] = owner;
                return sp + 1;
            }
        }
        s[sp - 1] = Abstract.getAttr(owner, name);
        s[sp] = null;
        return sp + 1;
    }

    static int loadSuperAttr(Object[] s, int sp, String name, int oparg) {
        Object globalSuper = s[sp - 3], cls = s[sp - 2], self = s[sp - 1];
        Object attr;
        if (globalSuper == org.ember.runtime.PySuper.TYPE && cls instanceof PyType thisClass) {
            PyType objType = self instanceof PyType t && t.isSubtype(thisClass) ? t : Abstract.typeOf(self);
            if (!objType.isSubtype(thisClass)) {
                attr = Abstract.getAttr(org.ember.runtime.PySuper.of(thisClass, self), name);
            } else {
                attr = org.ember.runtime.PySuper.lookup(thisClass, self, objType, name);
                if (attr == null) attr = Abstract.getAttr(org.ember.runtime.PySuper.of(thisClass, self), name);
            }
        } else {
            attr = Abstract.getAttr(Abstract.call(globalSuper, cls, self), name);
        }
        s[sp - 3] = attr;
        s[sp - 2] = null;
        s[sp - 1] = null;
        return (oparg & 1) != 0 ? sp - 1 : sp - 2;
    }

    /**
     * 3.14's message for a missing __enter__/__exit__/__aenter__/__aexit__, with a hint when the
     * object supports the other (synchronous or asynchronous) protocol.
     */
    private static PyException contextManagerError(PyType type, int oparg) {
        boolean async = oparg >= Oparg.SPECIAL_AENTER;
        String name = Oparg.SPECIAL_METHOD_NAMES.get(oparg);
        String missed = oparg == Oparg.SPECIAL_EXIT || oparg == Oparg.SPECIAL_AEXIT ? " (missed " + name + " method)" : "";
        boolean supportsOther = async ? type.lookup("__enter__") != null && type.lookup("__exit__") != null
                : type.lookup("__aenter__") != null && type.lookup("__aexit__") != null;
        String hint = !supportsOther ? ""
                : async ? " but it supports the context manager protocol. Did you mean to use 'with'?"
                : " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?";
        return Errors.typeError("'%s' object does not support the %scontext manager protocol%s%s",
                fullyQualifiedName(type), async ? "asynchronous " : "", missed, hint);
    }

    /** CPython's %T: module.qualname, without the module for builtins and __main__. */
    static String fullyQualifiedName(PyType type) {
        Object module = type.dict().getItemStr("__module__");
        Object qualname = Abstract.lookupAttr(type, new PyStr("__qualname__"));
        String qual = qualname instanceof PyStr q ? q.value() : type.name();
        if (!(module instanceof PyStr m) || m.value().equals("builtins") || m.value().equals("__main__")) return qual;
        return m.value() + "." + qual;
    }

    /** LOAD_SPECIAL: (method, self) for method descriptors, else (bound, NULL). */
    static void loadSpecial(Object[] s, int sp, int oparg) {
        Object self = s[sp - 1];
        String name = Oparg.SPECIAL_METHOD_NAMES.get(oparg);
        PyType type = Abstract.typeOf(self);
        Object method = type.lookup(name);
        if (method == null) throw contextManagerError(type, oparg);
        PyType methodType = Abstract.typeOf(method);
        if (methodType.isMethodDescriptor()) {
            s[sp - 1] = method;
            s[sp] = self;
        } else {
            s[sp - 1] = methodType.descrGet != null ? methodType.descrGet.apply(method, self, type) : method;
            s[sp] = null;
        }
    }

    // ---- operators -----------------------------------------------------------------------------------

    static Object binaryOp(Object a, Object b, int nb) {
        if (nb == Oparg.NB_SUBSCR) return Abstract.getItem(a, b);
        if (nb >= Oparg.NB_INPLACE_ADD) return Abstract.inplaceOp(a, b, BinOp.of(nb - Oparg.NB_INPLACE_OFFSET));
        if (nb == Oparg.NB_POWER) return Abstract.power(a, b, PyNone.NONE);
        return Abstract.binaryOp(a, b, BinOp.of(nb));
    }

    private static final CompareOp[] COMPARE_OPS = CompareOp.values();

    static Object compare(Object a, Object b, int oparg) {
        Object result = Abstract.richCompare(a, b, COMPARE_OPS[oparg >> 5]);
        return (oparg & Oparg.COMPARE_TO_BOOL) != 0 ? PyBool.of(Abstract.isTrue(result)) : result;
    }

    static Object next(Object iterator) {
        PyType type = Abstract.typeOf(iterator);
        if (type.iternext == null) throw Errors.typeError("'%s' object is not an iterator", type.name());
        return type.iternext.apply(iterator);
    }

    // ---- building ------------------------------------------------------------------------------------

    /** Nulls stack slots that were consumed (for the GC), tolerating an empty range. */
    private static void clear(Object[] s, int from, int to) {
        if (from < to) java.util.Arrays.fill(s, from, to, null);
    }

    static Object[] slice(Object[] s, int from, int count) {
        Object[] items = new Object[count];
        System.arraycopy(s, from, items, 0, count);
        clear(s, from + 1, from + count);
        return items;
    }

    static PyTuple tuple(Object[] s, int from, int count) {
        return PyTuple.of(slice(s, from, count));
    }

    static PySet set(Object[] s, int from, int count) {
        PySet set = new PySet();
        for (int i = 0; i < count; i++) set.add(s[from + i]);
        clear(s, from + 1, from + count);
        return set;
    }

    static PyDict map(Object[] s, int from, int pairs) {
        PyDict dict = new PyDict();
        for (int i = 0; i < pairs; i++) dict.setItem(s[from + 2 * i], s[from + 2 * i + 1]);
        clear(s, from + 1, from + 2 * pairs);
        return dict;
    }

    static PySlice buildSlice(Object[] s, int from, int count) {
        Object step = count == 3 ? s[from + 2] : PyNone.NONE;
        PySlice slice = new PySlice(s[from], s[from + 1], step);
        clear(s, from + 1, from + count);
        return slice;
    }

    static PyStr concat(Object[] s, int from, int count) {
        PyStr result = PyStr.concatAll(s, from, count);
        clear(s, from + 1, from + count);
        return result;
    }

    static void listExtend(PyList list, Object iterable) {
        try {
            list.extend(iterable);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError) && Abstract.typeOf(iterable).iter == null
                    && Abstract.typeOf(iterable).lookup("__getitem__") == null) {
                throw Errors.typeError("Value after * must be an iterable, not %s", Abstract.typeName(iterable));
            }
            throw e;
        }
    }

    static void setUpdate(PySet set, Object iterable) {
        set.updateWith(iterable);   // a frozenset constant's layout is merged as CPython does
    }

    static void dictUpdate(PyDict dict, Object update) {
        if (!(update instanceof PyDict) && Abstract.lookupAttr(update, new PyStr("keys")) == null) {
            throw Errors.typeError("'%s' object is not a mapping", Abstract.typeName(update));
        }
        dict.update(update);
    }

    static void dictMerge(Object callable, PyDict dict, Object update) {
        if (!(update instanceof PyDict) && Abstract.lookupAttr(update, new PyStr("keys")) == null) {
            throw Errors.typeError("%s argument after ** must be a mapping, not %s",
                    functionDescription(callable), Abstract.typeName(update));
        }
        Object keys = update instanceof PyDict d ? PyList.of(d.keys().toArray()) : Abstract.invoke(update, "keys");
        Object it = Abstract.getIter(keys);
        for (Object key; (key = next(it)) != null; ) {
            if (dict.containsKey(key)) {
                throw Errors.typeError("%s got multiple values for keyword argument '%s'",
                        functionDescription(callable), Abstract.str(key).value());
            }
            dict.setItem(key, Abstract.getItem(update, key));
        }
    }

    /** How CPython names a callable in argument errors: "f()" for functions, else "type object". */
    static String functionDescription(Object callable) {
        if (callable instanceof PyFunction f) return f.qualname + "()";
        if (callable instanceof org.ember.runtime.PyBuiltinFunction b) return b.name() + "()";
        return Abstract.typeName(callable) + " object";
    }

    // ---- f-strings --------------------------------------------------------------------------------------

    /** BUILD_INTERPOLATION: (value, source text[, format spec]) becomes one Interpolation. */
    static int buildInterpolation(Object[] s, int sp, int oparg) {
        boolean hasSpec = (oparg & 1) != 0;
        int base = sp - (hasSpec ? 3 : 2);
        s[base] = PyInterpolation.build(s[base], s[base + 1], Oparg.interpolationConversion(oparg), hasSpec ? s[base + 2] : null);
        clear(s, base + 1, sp);
        return base + 1;
    }

    static Object convertValue(Object value, int conversion) {
        return switch (conversion) {
            case Oparg.FVC_STR -> Abstract.str(value);
            case Oparg.FVC_REPR -> Abstract.repr(value);
            case Oparg.FVC_ASCII -> new PyStr(asciiOf(Abstract.repr(value).value()));
            default -> throw Errors.systemError("bad conversion %d", conversion);
        };
    }

    static String asciiOf(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 128) sb.append((char) cp);
            else if (cp < 256) sb.append(String.format("\\x%02x", cp));
            else if (cp < 0x10000) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        });
        return sb.toString();
    }

    /** FORMAT_SIMPLE / FORMAT_WITH_SPEC: an exact str passes through; anything else calls its __format__. */
    static Object format(Object value, Object spec) {
        if (spec == null && value.getClass() == PyStr.class) return value;
        return Abstract.format(value, spec == null ? PyStr.EMPTY : (PyStr) spec);
    }

    // ---- unpacking --------------------------------------------------------------------------------------

    static int unpack(Object[] s, int sp, int count) {
        Object seq = s[sp - 1];
        Object[] items = itemsForUnpack(seq, count, -1);
        if (items.length != count) {
            if (items.length < count) {
                throw Errors.valueError("not enough values to unpack (expected %d, got %d)", count, items.length);
            }
            if (seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyDict) {
                throw Errors.valueError("too many values to unpack (expected %d, got %d)", count, items.length);
            }
            throw Errors.valueError("too many values to unpack (expected %d)", count);
        }
        sp--;
        for (int i = count - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }

    /** The items of an unpacked iterable; stops one past {@code count} for iterators when limit >= 0. */
    private static Object[] itemsForUnpack(Object seq, int count, int unused) {
        if (seq instanceof PyTuple t) return t.items();
        if (seq instanceof PyList l) return l.toArray();
        PyType type = Abstract.typeOf(seq);
        if (type.iter == null && type.lookup("__getitem__") == null) {
            throw Errors.typeError("cannot unpack non-iterable %s object", type.name());
        }
        Object it = Abstract.getIter(seq);
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        for (Object item; items.size() <= count && (item = next(it)) != null; ) items.add(item);
        return items.toArray();
    }

    static int unpackEx(Object[] s, int sp, int oparg) {
        int before = Oparg.unpackBefore(oparg), after = Oparg.unpackAfter(oparg);
        Object seq = s[sp - 1];
        PyType type = Abstract.typeOf(seq);
        if (type.iter == null && type.lookup("__getitem__") == null) {
            throw Errors.typeError("cannot unpack non-iterable %s object", type.name());
        }
        PyList all = PyList.fromIterable(seq);
        int n = all.size();
        if (n < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, n);
        }
        Object[] items = all.toArray();
        sp--;
        for (int i = n - 1; i >= n - after; i--) s[sp++] = items[i];
        Object[] middle = java.util.Arrays.copyOfRange(items, before, n - after);
        s[sp++] = PyList.of(middle);
        for (int i = before - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }

    // ---- calls ---------------------------------------------------------------------------------------------

    /** CALL/CALL_KW: callable at s[base], self-or-NULL at base+1, then nargs arguments (kwnames last). */
    static Object call(ThreadState ts, Object[] s, int base, int nargs, PyTuple kwnames) {
        Object callable = s[base];
        Object result;
        int offset = s[base + 1] != null ? base + 1 : base + 2;
        int count = s[base + 1] != null ? nargs + 1 : nargs;
        if (callable instanceof PyFunction f) result = callPython(ts, f, s, offset, count, kwnames);
        else result = Abstract.call(callable, s, offset, count, kwnames);
        java.util.Arrays.fill(s, base + 1, base + nargs + 3, null);
        return result;
    }

    /** Python-to-Python call: depth counted here, with CPython's plain message. */
    static Object callPython(ThreadState ts, PyFunction f, Object[] args, int offset, int nargs, PyTuple kwnames) {
        ts.enterRecursiveCall("");
        try {
            return Eval.callFunction(ts, f, args, offset, nargs, kwnames);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    static Object callEx(Object func, Object unused, Object callargs, Object kwargs) {
        PyTuple args = callargs instanceof PyTuple t ? t : starArgs(func, callargs);
        if (kwargs == null || kwargs instanceof PyDict d && d.size() == 0) {
            return Abstract.call(func, args.items(), 0, args.size(), null);
        }
        PyDict kw = (PyDict) kwargs;
        List<Object[]> entries = kw.entries();
        Object[] all = new Object[args.size() + entries.size()];
        System.arraycopy(args.items(), 0, all, 0, args.size());
        Object[] names = new Object[entries.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = entries.get(i)[0];
            if (!(names[i] instanceof PyStr)) throw Errors.typeError("keywords must be strings");
            all[args.size() + i] = entries.get(i)[1];
        }
        return Abstract.call(func, all, 0, all.length, PyTuple.of(names));
    }

    private static PyTuple starArgs(Object func, Object iterable) {
        PyType type = Abstract.typeOf(iterable);
        if (type.iter == null && type.lookup("__getitem__") == null) {
            throw Errors.typeError("%s argument after * must be an iterable, not %s",
                    functionDescription(func), type.name());
        }
        return PyTuple.fromIterable(iterable);
    }

    static void exitInitCheck(Object result) {
        if (result != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '%s'", Abstract.typeName(result));
        }
    }

    static void setFunctionAttribute(PyFunction func, int which, Object value) {
        switch (which) {
            case Oparg.FUNCTION_DEFAULTS -> func.defaults = (PyTuple) value;
            case Oparg.FUNCTION_KWDEFAULTS -> func.kwdefaults = (PyDict) value;
            case Oparg.FUNCTION_ANNOTATIONS -> func.annotations = value;
            case Oparg.FUNCTION_CLOSURE -> func.closure = (PyTuple) value;
            case Oparg.FUNCTION_ANNOTATE -> func.annotate = value;
            default -> throw Errors.systemError("bad SET_FUNCTION_ATTRIBUTE %d", which);
        }
    }

    // ---- intrinsics ------------------------------------------------------------------------------------------

    static Object intrinsic1(Frame f, ThreadState ts, int which, Object value) {
        return switch (which) {
            case Oparg.INTRINSIC_PRINT -> {
                Object hook = ts.interpreter().modules.getItemStr("sys") instanceof PyModule sys
                        ? sys.dict().getItemStr("displayhook") : null;
                if (hook == null) throw Errors.runtimeError("lost sys.displayhook");
                yield Abstract.call(hook, value);
            }
            case Oparg.INTRINSIC_STOPITERATION_ERROR -> Generators.stopIterationError(f, value);
            case Oparg.INTRINSIC_ASYNC_GEN_WRAP -> Async.wrap(value);
            case Oparg.INTRINSIC_UNARY_POSITIVE -> Abstract.positive(value);
            case Oparg.INTRINSIC_LIST_TO_TUPLE -> PyTuple.of(((PyList) value).toArray());
            case Oparg.INTRINSIC_IMPORT_STAR -> importStar(f, value);
            case Oparg.INTRINSIC_TYPEVAR -> typingHelper(ts, "_intrinsic_typevar", value);
            case Oparg.INTRINSIC_PARAMSPEC -> typingHelper(ts, "_intrinsic_paramspec", value);
            case Oparg.INTRINSIC_TYPEVARTUPLE -> typingHelper(ts, "_intrinsic_typevartuple", value);
            case Oparg.INTRINSIC_SUBSCRIPT_GENERIC -> typingHelper(ts, "_intrinsic_subscript_generic", value);
            case Oparg.INTRINSIC_TYPEALIAS -> typingHelper(ts, "_intrinsic_typealias", ((PyTuple) value).items());
            default -> throw Errors.systemError("intrinsic %s is not supported yet", Oparg.INTRINSIC_1_NAMES.get(which));
        };
    }

    private static Object importStar(Frame f, Object module) {
        Object locals = locals(f);
        Object all = Abstract.lookupAttr(module, new PyStr("__all__"));
        if (all != null) {
            Object it = Abstract.getIter(all);
            for (Object name; (name = next(it)) != null; ) storeStarName(locals, name, Abstract.getAttr(module, (PyStr) name));
        } else if (module instanceof PyModule m) {
            for (Object[] e : m.dict().entries()) {
                if (!((PyStr) e[0]).value().startsWith("_")) storeStarName(locals, e[0], e[1]);
            }
        }
        return PyNone.NONE;
    }

    /** A name bound by `from m import *`: into a dict directly, into another mapping by its __setitem__. */
    private static void storeStarName(Object locals, Object name, Object value) {
        if (locals instanceof PyDict d) d.setItem(name, value);
        else Abstract.setItem(locals, name, value);
    }

    static Object intrinsic2(int which, Object a, Object b) {
        ThreadState ts = ThreadState.current();
        return switch (which) {
            case Oparg.INTRINSIC_PREP_RERAISE_STAR -> ExceptionGroups.prepReraiseStar(a, b);
            case Oparg.INTRINSIC_TYPEVAR_WITH_BOUND -> typingHelper(ts, "_intrinsic_typevar", a, b);
            case Oparg.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS -> typingHelper(ts, "_intrinsic_typevar", a, PyNone.NONE, b);
            case Oparg.INTRINSIC_SET_TYPEPARAM_DEFAULT -> typingHelper(ts, "_intrinsic_set_default", a, b);
            case Oparg.INTRINSIC_SET_FUNCTION_TYPE_PARAMS -> {
                ((PyFunction) a).typeParams = (PyTuple) b;
                yield a;
            }
            default -> throw Errors.systemError("intrinsic %s is not supported yet", Oparg.INTRINSIC_2_NAMES.get(which));
        };
    }

    /** PEP 695's TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and Generic[...] come from the Python module _typing. */
    private static Object typingHelper(ThreadState ts, String helper, Object... args) {
        Object typing = Importer.importModule(ts.interpreter(), new PyStr("_typing"), null, null, null);
        return Abstract.call(Abstract.getAttr(typing, new PyStr(helper)), args);
    }

    // ---- exceptions -------------------------------------------------------------------------------------------

    static PyException raise(Frame f, ThreadState ts, int oparg, Object[] s, int sp) {
        if (oparg == Oparg.RAISE_RERAISE) {
            if (ts.handledException == null) return Errors.runtimeError("No active exception to reraise");
            f.reraising = true;
            return ts.handledException.toThrow();
        }
        Object cause = oparg == Oparg.RAISE_WITH_CAUSE ? s[sp - 1] : null;
        Object excArg = s[sp - oparg];
        PyBaseException exc = instantiate(excArg);
        if (cause != null) {
            if (cause == PyNone.NONE) exc.setCause(null);
            else {
                PyBaseException c = cause instanceof PyType ? instantiateCause(cause) : cause instanceof PyBaseException e ? e : null;
                if (c == null) return Errors.typeError("exception causes must derive from BaseException");
                exc.setCause(c);
            }
        }
        return exc.toThrow();
    }

    private static PyBaseException instantiateCause(Object cls) {
        if (cls instanceof PyType t && t.isSubtype(Exceptions.BaseException)) return instantiate(t);
        return null;
    }

    private static PyBaseException instantiate(Object excArg) {
        if (excArg instanceof PyType t && t.isSubtype(Exceptions.BaseException)) {
            Object made = Abstract.call(t);
            if (made instanceof PyBaseException e) return e;
            throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                    Abstract.repr(t).value(), Abstract.repr(Abstract.typeOf(made)).value());
        }
        if (excArg instanceof PyBaseException e) return e;
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    static PyException reraise(Frame f, Object[] s, int sp, int oparg) {
        Object exc = s[sp - 1];
        // The saved lasti (oparg != 0) only matters for the frame's line number; the handler is
        // looked up at the RERAISE itself, as in CPython.
        f.reraising = true;
        if (oparg != 0 && s[sp - 1 - oparg] instanceof PyInt savedLasti) f.reraisedFrom = (int) savedLasti.longValue();
        if (exc instanceof PyBaseException e) return e.toThrow();
        return Errors.systemError("RERAISE of a non-exception");
    }

    static Object swapHandled(ThreadState ts, Object exc) {
        PyBaseException previous = ts.handledException;
        ts.handledException = (PyBaseException) exc;
        ts.openExceptBlocks++;
        return previous == null ? PyNone.NONE : previous;
    }

    static void restoreHandled(ThreadState ts, Object previous) {
        ts.handledException = previous == PyNone.NONE ? null : (PyBaseException) previous;
        if (--ts.openExceptBlocks == ts.resumedExceptBaseline) ts.handledException = ts.resumedCallerHandled;
    }

    static boolean exceptionMatches(Object exc, Object match) {
        checkExceptionClass(match);
        return Abstract.isInstance(exc, match);
    }

    /** CHECK_EG_MATCH: (exc, type) becomes (rest, match); the match is the exception being handled. */
    static void checkEgMatch(ThreadState ts, Object[] s, int sp) {
        ExceptionGroups.StarMatch result = ExceptionGroups.match(s[sp - 2], s[sp - 1]);
        s[sp - 2] = result.rest();
        s[sp - 1] = result.match();
        if (result.match() instanceof PyBaseException match) ts.handledException = match;
    }

    private static void checkExceptionClass(Object match) {
        if (match instanceof PyTuple t) {
            for (Object item : t.items()) checkExceptionClass(item);
        } else if (!(match instanceof PyType type && type.isSubtype(Exceptions.BaseException))) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** WITH_EXCEPT_START: exit(type, value, traceback), with exit_self first when present. */
    static Object withExceptStart(Object[] s, int sp) {
        Object exitFunc = s[sp - 5], exitSelf = s[sp - 4], value = s[sp - 1];
        Object type = Abstract.typeOf(value);
        Object tb = value instanceof PyBaseException e && e.traceback() != null ? e.traceback() : PyNone.NONE;
        if (exitSelf != null) return Abstract.call(exitFunc, exitSelf, type, value, tb);
        return Abstract.call(exitFunc, type, value, tb);
    }

    // ---- imports -----------------------------------------------------------------------------------------------

    static Object importName(Frame f, PyStr name, Object fromlist, Object level) {
        Object importFunc = f.builtins.mappingOwner == null ? f.builtins.getItemStr("__import__")
                : globalItem(f.builtins, new PyStr("__import__"));
        if (importFunc == null) throw Errors.of(Exceptions.ImportError, "__import__ not found");
        Object locals = f.locals == null ? PyNone.NONE : f.locals;
        return Abstract.call(importFunc, name, f.globals, locals, fromlist, level);
    }

    /** IMPORT_FROM: the attribute, else an already imported submodule, else CPython's ImportError. */
    static Object importFrom(Object module, PyStr name) {
        Object v = Abstract.lookupAttr(module, name);
        if (v != null) return v;
        String modName = module instanceof PyModule m ? m.name() : null;
        if (modName != null) {
            Object sub = ThreadState.current().interpreter().modules.getItemStr(modName + "." + name.value());
            if (sub != null) return sub;
        }
        throw importFromError(module, name, modName);
    }

    private static PyException importFromError(Object module, PyStr name, String modName) {
        Object file = module instanceof PyModule m ? m.dict().getItemStr("__file__") : null;
        String where = file instanceof PyStr f ? f.value() : "unknown location";
        String shownName = modName == null ? "<unknown module name>" : modName;
        PyException e = Importer.isInitializing(module)
                ? Errors.of(Exceptions.ImportError, "cannot import name '%s' from partially initialized module '%s' "
                        + "(most likely due to a circular import) (%s)", name.value(), shownName, where)
                : Errors.of(Exceptions.ImportError, "cannot import name '%s' from '%s' (%s)", name.value(), shownName, where);
        ExceptionFields.set(e.value, "name", modName == null ? PyNone.NONE : new PyStr(modName));
        ExceptionFields.set(e.value, "name_from", name);
        return e;
    }


    // ---- pattern matching --------------------------------------------------------------------------------------

    /** MATCH_MAPPING: the type's Py_TPFLAGS_MAPPING (dict, mappingproxy, Mapping ABCs and what they register). */
    static boolean isMapping(Object subject) {
        return Abstract.typeOf(subject).collectionFlag() == PyType.MAPPING;
    }

    /** MATCH_SEQUENCE: the type's Py_TPFLAGS_SEQUENCE (list, tuple, range, memoryview, array, deque, Sequence ABCs). */
    static boolean isSequence(Object subject) {
        return Abstract.typeOf(subject).collectionFlag() == PyType.SEQUENCE;
    }

    static Object matchKeys(Object subject, Object keys) {
        PyTuple keyTuple = (PyTuple) keys;
        Object[] values = new Object[keyTuple.size()];
        if (values.length == 0) return PyTuple.of(values);
        Object get = Abstract.getAttr(subject, "get");
        Object dummy = new PyList();
        PyDict seen = new PyDict();   // keys equal by value (1 and 1.0) count as one
        for (int i = 0; i < values.length; i++) {
            Object key = keyTuple.get(i);
            if (seen.containsKey(key)) {
                throw Errors.valueError("mapping pattern checks duplicate key (%s)", Abstract.repr(key).value());
            }
            seen.setItem(key, PyNone.NONE);
            Object v = Abstract.call(get, key, dummy);
            if (v == dummy) return PyNone.NONE;
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    static Object matchClass(Object subject, Object cls, PyTuple names, int nargs) {
        if (!(cls instanceof PyType type)) throw Errors.typeError("called match pattern must be a class");
        if (!Abstract.isInstance(subject, type)) return PyNone.NONE;
        Object[] attrs = new Object[nargs + names.size()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (nargs > 0) {
            Object matchArgs = type.lookup("__match_args__");
            boolean selfMatch = matchArgs == null && isSelfMatching(type);
            if (selfMatch) {
                if (nargs > 1) throw Errors.typeError("%s() accepts 1 positional sub-pattern (%d given)", type.name(), nargs);
                attrs[0] = subject;
            } else {
                if (!(matchArgs instanceof PyTuple margs)) {
                    if (matchArgs == null) throw Errors.typeError("%s() accepts 0 positional sub-patterns (%d given)", type.name(), nargs);
                    throw Errors.typeError("%s.__match_args__ must be a tuple (got %s)", type.name(), Abstract.typeName(matchArgs));
                }
                if (nargs > margs.size()) {
                    throw Errors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.name(),
                            margs.size(), margs.size() == 1 ? "" : "s", nargs);
                }
                for (int i = 0; i < nargs; i++) {
                    if (!(margs.get(i) instanceof PyStr name) || Abstract.typeOf(name) != PyStr.TYPE) {
                        throw Errors.typeError("__match_args__ elements must be strings (got %s)", Abstract.typeName(margs.get(i)));
                    }
                    Object v = matchClassAttr(subject, type, name, seen);
                    if (v == null) return PyNone.NONE;
                    attrs[i] = v;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Object v = matchClassAttr(subject, type, (PyStr) names.get(i), seen);
            if (v == null) return PyNone.NONE;
            attrs[nargs + i] = v;
        }
        return PyTuple.of(attrs);
    }

    /** One attribute of a class pattern, or null when the subject lacks it; each name at most once. */
    private static Object matchClassAttr(Object subject, PyType type, PyStr name, java.util.Set<String> seen) {
        if (!seen.add(name.value())) {
            throw Errors.typeError("%s() got multiple sub-patterns for attribute %s", type.name(), Abstract.repr(name).value());
        }
        return Abstract.lookupAttr(subject, name);
    }

    private static boolean isSelfMatching(PyType type) {
        for (PyType t : new PyType[] {PyBool.TYPE, org.ember.runtime.PyFloat.TYPE, PyInt.TYPE, PyStr.TYPE,
                PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE,
                org.ember.runtime.PyBytes.TYPE, org.ember.runtime.PyByteArray.TYPE}) {
            if (type.isSubtype(t)) return true;
        }
        return false;
    }

    static PyException unsupported(int op) {
        String name = String.valueOf(op);
        for (var info : Instructions.all()) if (info.opcode() == op) name = info.name();
        return Errors.systemError("unsupported instruction %s", name);
    }
}
