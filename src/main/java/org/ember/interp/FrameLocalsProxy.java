package org.ember.interp;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.RawCode;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.PyCell;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyNotImplemented;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * PEP 667's {@code FrameLocalsProxy}: {@code frame.f_locals} of a function frame. Reads and
 * writes go straight to the frame's variables (cells included); other keys live in the frame
 * object's extra-locals dict. Variables cannot be deleted through it. {@code keys()},
 * {@code values()} and {@code items()} return lists, as CPython 3.13's do.
 */
public final class FrameLocalsProxy extends PyObject {

    public static final PyType TYPE = PyType.builtin("FrameLocalsProxy", FrameLocalsProxy.class)
            .slots(t -> {
                t.getitem = (self, key) -> ((FrameLocalsProxy) self).get(key, true);
                t.setitem = (self, key, value) -> ((FrameLocalsProxy) self).set(key, value);
                t.len = self -> ((FrameLocalsProxy) self).snapshot().size();
                t.contains = (self, key) -> ((FrameLocalsProxy) self).get(key, false) != null;
                t.iter = self -> Abstract.getIter(PyList.of(((FrameLocalsProxy) self).snapshot().keys().toArray()));
                t.repr = self -> ((FrameLocalsProxy) self).repr();
                t.richcompare = (a, b, op) -> {
                    if (op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.INSTANCE;
                    Object other = b instanceof FrameLocalsProxy p ? p.snapshot() : b;
                    if (!(other instanceof PyDict)) return PyNotImplemented.INSTANCE;
                    return Abstract.richCompare(((FrameLocalsProxy) a).snapshot(), other, op);
                };
                t.binary[BinOp.OR.ordinal()] = (a, b) -> {
                    Object left = a instanceof FrameLocalsProxy p ? p.snapshot() : a;
                    Object right = b instanceof FrameLocalsProxy p ? p.snapshot() : b;
                    if (!(left instanceof PyDict x) || !(right instanceof PyDict y)) return PyNotImplemented.INSTANCE;
                    PyDict merged = x.copy();
                    merged.update(y);
                    return merged;
                };
                t.inplace[BinOp.OR.ordinal()] = (a, b) -> {
                    ((FrameLocalsProxy) a).update(b);
                    return a;
                };
                t.newInstance = (type, args, off, n, kw) -> {
                    if (kw != null && kw.size() > 0) throw Errors.typeError("FrameLocalsProxy takes no keyword arguments");
                    if (n != 1) throw Errors.typeError("FrameLocalsProxy expected 1 argument, got %d", n);
                    if (!(args[off] instanceof PyFrame frame)) {
                        throw Errors.typeError("expect frame, not %s", Abstract.typeName(args[off]));
                    }
                    return frame.locals();
                };
            })
            .dict(d -> {
                d.method0("keys", self -> PyList.of(((FrameLocalsProxy) self).snapshot().keys().toArray()));
                d.method0("values", self -> {
                    List<Object> values = new ArrayList<>();
                    for (Object[] e : ((FrameLocalsProxy) self).snapshot().entries()) values.add(e[1]);
                    return PyList.of(values.toArray());
                });
                d.method0("items", self -> {
                    List<Object> items = new ArrayList<>();
                    for (Object[] e : ((FrameLocalsProxy) self).snapshot().entries()) items.add(PyTuple.of(e[0], e[1]));
                    return PyList.of(items.toArray());
                });
                d.method0("copy", self -> ((FrameLocalsProxy) self).snapshot());
                d.method("get", ArgSpec.positional("get", 1, 2), (self, a) -> {
                    Object v = ((FrameLocalsProxy) self).get(a[0], false);
                    return v != null ? v : a[1] == null ? PyNone.NONE : a[1];
                });
                d.method("setdefault", ArgSpec.positional("setdefault", 1, 2), (self, a) -> {
                    FrameLocalsProxy p = (FrameLocalsProxy) self;
                    Object v = p.get(a[0], false);
                    if (v != null) return v;
                    Object value = a[1] == null ? PyNone.NONE : a[1];
                    p.set(a[0], value);
                    return value;
                });
                d.method("update", ArgSpec.positional("update", 1, 1), (self, a) -> {
                    ((FrameLocalsProxy) self).update(a[0]);
                    return PyNone.NONE;
                });
            })
            .build().withCollectionFlag(PyType.MAPPING);   // match: a mapping

    private final PyFrame owner;

    FrameLocalsProxy(PyFrame owner) {
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Frame frame() {
        return owner.frame;
    }

    /** Index of the variable named {@code key} (a str), or -1. */
    private int variableIndex(Object key) {
        if (!(key instanceof PyStr name)) return -1;
        return frame().code.localIndex(name.value());
    }

    /** A variable's value as the program sees it (a cell's contents), or null when unbound. */
    private Object variable(int index) {
        Frame f = frame();
        Object v = f.values[index];
        byte kind = f.code.localKind(index);
        if ((kind & (RawCode.KIND_CELL | RawCode.KIND_FREE)) != 0 && v instanceof PyCell cell) return cell.contents;
        return v;
    }

    /** The value for {@code key}; null (or KeyError when {@code required}) if absent. */
    Object get(Object key, boolean required) {
        int index = variableIndex(key);
        Object v = index >= 0 ? variable(index) : null;
        if (v == null && owner.extraLocals != null) v = owner.extraLocals.getItem(key);
        if (v == null && required) {
            throw Errors.withArgs(org.ember.runtime.Exceptions.KeyError,
                    new PyStr("local variable '" + Abstract.repr(key).value() + "' is not defined"));
        }
        return v;
    }

    void set(Object key, Object value) {
        if (value == null) throw Errors.typeError("cannot remove variables from FrameLocalsProxy");
        int index = variableIndex(key);
        if (index >= 0) {
            Frame f = frame();
            byte kind = f.code.localKind(index);
            if ((kind & (RawCode.KIND_CELL | RawCode.KIND_FREE)) != 0 && f.values[index] instanceof PyCell cell) {
                cell.contents = value;
            } else {
                f.values[index] = value;
            }
            return;
        }
        if (owner.extraLocals == null) owner.extraLocals = new PyDict();
        owner.extraLocals.setItem(key, value);
    }

    private void update(Object other) {
        PyDict items = new PyDict();
        items.update(other);
        for (Object[] e : items.entries()) set(e[0], e[1]);
    }

    /** A new dict of the bound variables (in localsplus order) and the extra locals: locals()'s result. */
    public PyDict snapshot() {
        PyDict d = new PyDict();
        Frame f = frame();
        for (int i = 0; i < f.code.nLocalsPlus; i++) {
            Object v = variable(i);
            if (v != null) d.setItem(f.code.localsPlusNames[i], v);
        }
        if (owner.extraLocals != null) d.update(owner.extraLocals);
        return d;
    }

    private PyStr repr() {
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(this)) return new PyStr("{...}");
        try {
            return Abstract.repr(snapshot());
        } finally {
            ts.reprLeave(this);
        }
    }
}
