package org.ember.runtime;

/**
 * The vectorcall-style calling convention: the callee reads its arguments straight out of the
 * caller's array (e.g. the interpreter's value stack), so no tuple or dict is allocated.
 * {@code args[offset .. offset+nargs)} are the arguments; when {@code kwnames} is non-null, the
 * last {@code kwnames.size()} of them are keyword arguments named by it (CPython's layout).
 */
public interface PyCallable {

    Object call(Object[] args, int offset, int nargs, PyTuple kwnames);

    /** Convenience for Java callers: positional arguments only. */
    default Object call(Object... args) {
        return call(args, 0, args.length, null);
    }
}
