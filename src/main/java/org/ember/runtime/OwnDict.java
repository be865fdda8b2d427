package org.ember.runtime;

/**
 * A builtin (non-heap) object with an attribute dict of its own, like staticmethod and
 * classmethod objects (CPython's sm_dict/cm_dict): generic attribute lookup and assignment read
 * and write it after the type's descriptors.
 */
public interface OwnDict {
    PyDict ownDict();

    /**
     * What CPython's functools_wraps copies from a wrapped callable into the wrapper's dict:
     * {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} when present.
     */
    static PyDict wrapping(Object wrapped) {
        PyDict dict = new PyDict();
        for (String attr : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            Object value = Abstract.lookupAttr(wrapped, new PyStr(attr));
            if (value != null) dict.setItem(new PyStr(attr), value);
        }
        return dict;
    }

    /** The {@code __dict__} getset of such a type: a dict may replace it, nothing may delete it. */
    static void installDictAttribute(TypeBuilder d) {
        d.getset("__dict__", self -> ((OwnDict) Abstract.builtinPart(self)).ownDict(), (self, v) -> {
            if (v == null) throw Errors.typeError("cannot delete __dict__");
            if (!(v instanceof PyDict newDict)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", Abstract.typeName(v));
            }
            ((OwnDict) Abstract.builtinPart(self)).replaceOwnDict(newDict);
        });
    }

    void replaceOwnDict(PyDict newDict);
}
