package org.ember.runtime;

/**
 * The shapes of the special-method slots a {@link PyType} holds (CPython's tp_/nb_/sq_/mp_
 * function pointers). A slot receives {@code self} as Object; for a builtin type's slot that is
 * an instance of the builtin class itself or a {@link PyInstance} whose {@code base} is one
 * (instances of Python subclasses), so builtin slots unwrap with the type's {@code of(...)}
 * helper. A slot may return {@link PyNotImplemented#INSTANCE} where CPython's may.
 */
public final class Slot {
    private Slot() {}

    /** repr, str, iter, neg, pos, invert, abs, index, int, float; iternext returns null when exhausted. */
    @FunctionalInterface public interface Unary { Object apply(Object self); }

    /** Binary number operations (forward and reflected in one function, as CPython's nb_add), getitem, getattr. */
    @FunctionalInterface public interface Binary { Object apply(Object a, Object b); }

    /**
     * A getitem slot that is CPython's sq_item (an integer index only, e.g. deque): its
     * __getitem__ wrapper converts the key as wrap_sq_item does, with that message.
     */
    @FunctionalInterface public interface SequenceItem extends Binary {}

    /** pow with its optional modulus (null when absent), descr_get(self, obj-or-null, type). */
    @FunctionalInterface public interface Ternary { Object apply(Object a, Object b, Object c); }

    /** setattr/delattr (value null = delete), setitem/delitem (value null = delete), descr_set/delete. */
    @FunctionalInterface public interface Store { void store(Object self, Object key, Object valueOrNull); }

    @FunctionalInterface public interface Hash { long hash(Object self); }

    @FunctionalInterface public interface Len {
        int len(Object self);

        /** The length up to sys.maxsize (CPython's Py_ssize_t): builtin len() and length hints. */
        default long size(Object self) { return len(self); }
    }

    @FunctionalInterface public interface Test { boolean test(Object self); }

    @FunctionalInterface public interface Contains { boolean contains(Object self, Object item); }

    @FunctionalInterface public interface Compare { Object compare(Object a, Object b, CompareOp op); }

    /** tp_call and tp_init in vectorcall form: positional args then keyword values named by kwnames. */
    @FunctionalInterface public interface Call {
        Object call(Object self, Object[] args, int offset, int nargs, PyTuple kwnames);
    }

    /** tp_new: the type being instantiated comes first. */
    @FunctionalInterface public interface New {
        Object make(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames);
    }
}
