package org.ember.interp;

import org.ember.runtime.PyCode;
import org.ember.runtime.PyType;

/**
 * The guard data a specialized instruction keeps in {@code refs[cache]} of its code copy (the
 * slot parallel to its counter unit). Immutable records: the specializer writes a new one, then
 * the new opcode, in the thread that owns the copy, so a reader never sees half of one.
 */
final class Guards {
    private Guards() {}

    /** LOAD_GLOBAL_MODULE / _BUILTIN: keys versions of globals (and builtins) and the entry index. */
    record Global(int globalsVersion, int builtinsVersion, int index) {}

    /**
     * LOAD_ATTR / STORE_ATTR forms on instances: the owner's exact type and its version tag; the
     * shared-key index (INSTANCE_VALUE) or the shared-keys size when the name was absent from
     * them (METHOD_WITH_VALUES, NONDESCRIPTOR_WITH_VALUES); the cached class attribute.
     */
    record Attr(PyType type, int version, int index, int keysSize, Object descr, Attr next) {
        Attr(PyType type, int version, int index, int keysSize, Object descr) {
            this(type, version, index, keysSize, descr, null);
        }

        /** Entries in this polymorphic chain (see {@link #MAX_CHAIN}). */
        int length() {
            return next == null ? 1 : 1 + next.length();
        }
    }

    /**
     * Instance attribute and method forms, and CALL_PY_EXACT_ARGS, keep a short chain of guards:
     * a site that sees a few classes (a method of a base class called on instances of its
     * subclasses, each with its own type version and shared keys) hits for each of them instead
     * of missing on all but one. The opcode stays CPython's; only the guard record grows.
     */
    static final int MAX_CHAIN = 4;

    /** LOAD_ATTR_MODULE: the module dict's keys version and entry index. */
    record ModuleAttr(int version, int index) {}

    /**
     * LOAD_ATTR_PROPERTY: the type guard plus the property and its Python getter; a chain like
     * {@link Attr}'s, as a base class's property is read on instances of its subclasses.
     */
    record Property(PyType type, int version, Object property, Object getter, Property next) {
        int length() {
            return next == null ? 1 : 1 + next.length();
        }
    }

    /**
     * CALL_PY_* / CALL_BOUND_METHOD_*: a Python callee of a CALL site: its code (functions' code never changes), the argument count it takes, and its code copy
     * for the thread that owns this site's copy (so entering it needs no per-thread lookup).
     */
    record PyCall(PyCode code, int argCount, PyCode.CodeCopy copy, PyCall next) {
        PyCall(PyCode code, int argCount, PyCall next) {
            this(code, argCount, code.codeCopy(org.ember.runtime.ThreadState.current()), next);
        }

        int length() {
            return next == null ? 1 : 1 + next.length();
        }
    }

    /**
     * BINARY_OP_EXTEND: exact builtin operand classes and the slots binaryOp would call, in order
     * (both null: the power operator on two ints or two floats, which has a ternary slot).
     */
    record Extend(Class<?> left, Class<?> right, org.ember.runtime.Slot.Binary first, org.ember.runtime.Slot.Binary second) {}

    /** CALL forms on a particular builtin object (len, isinstance, list.append, a builtin function). */
    record Target(Object callable) {}

    /**
     * LOAD_ATTR_WITH_HINT / STORE_ATTR_WITH_HINT: the owner's exact type and version, and the
     * entry index where the name sat in the instance's materialized dict (checked on each use).
     */
    record Hint(PyType type, int version, int hint) {}

    /**
     * LOAD_SUPER_ATTR_ATTR / _METHOD: {@code super(thisClass, obj).name} for objects of exactly
     * {@code objType} at this version: {@code found} is the raw attribute after thisClass in
     * objType's MRO (any change to objType or a base resets the version). A short chain, as the
     * same super() call runs for instances of several subclasses.
     */
    record Super(PyType thisClass, PyType objType, int version, Object found, Super next) {
        int length() {
            return next == null ? 1 : 1 + next.length();
        }
    }
}
