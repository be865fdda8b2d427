package org.ember.modules.collections;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code _collections._tuplegetter(index, doc)}: the data descriptor behind a named tuple's
 * fields, reading item {@code index} of the tuple; read-only, with a writable {@code __doc__}.
 */
final class TupleGetter extends PyObject {

    static final PyType TYPE = PyType.builtin("_tuplegetter", TupleGetter.class).module("collections")
            .slots(t -> {
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("_tuplegetter", 2, 2).bind(args, off, n, kw);
                    return new TupleGetter(Abstract.asSize(a[0], org.ember.runtime.Exceptions.OverflowError), a[1]);
                };
                t.descrGet = (self, obj, owner) -> ((TupleGetter) self).get(self, obj);
                t.descrSet = (self, obj, value) -> {
                    throw Errors.attributeError(value == null ? "can't delete attribute" : "can't set attribute");
                };
                t.repr = self -> {
                    TupleGetter g = (TupleGetter) self;
                    return new PyStr(Abstract.typeName(self) + "(" + g.index + ", " + Abstract.repr(g.doc).value() + ")");
                };
            })
            .dict(d -> {
                d.getset("__doc__", self -> ((TupleGetter) self).doc, (self, value) -> ((TupleGetter) self).doc =
                        value == null ? PyNone.NONE : value);
                d.method0("__reduce__", self -> {
                    TupleGetter g = (TupleGetter) self;
                    return PyTuple.of(g.type(), PyTuple.of(PyInt.of(g.index), g.doc));
                });
            })
            .build();

    private final long index;
    private volatile Object doc;

    private TupleGetter(long index, Object doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object get(Object self, Object obj) {
        if (obj == null || obj == PyNone.NONE) return self;
        PyTuple tuple = obj instanceof PyTuple t ? t : obj instanceof PyInstance i && i.base instanceof PyTuple t ? t : null;
        if (tuple == null) {
            throw Errors.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
                    index, Abstract.typeName(obj));
        }
        if (index < 0 || index >= tuple.size()) throw Errors.indexError("tuple index out of range");
        return tuple.get((int) index);
    }
}
