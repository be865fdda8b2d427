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
    record Attr(PyType type, int version, int index, int keysSize, Object descr) {}

    /** LOAD_ATTR_MODULE: the module dict's keys version and entry index. */
    record ModuleAttr(int version, int index) {}

    /** LOAD_ATTR_PROPERTY: the type guard plus the property and its Python getter. */
    record Property(PyType type, int version, Object property, Object getter) {}

    /** CALL_PY_* / CALL_BOUND_METHOD_*: the callee's code (functions' code never changes) and its argcount. */
    record PyCall(PyCode code, int argCount) {}

    /** CALL forms on a particular builtin object (len, isinstance, list.append, a builtin function). */
    record Target(Object callable) {}
}
