package org.ember.runtime;

/**
 * The construction side of {@code BaseExceptionGroup}/{@code ExceptionGroup}: argument
 * checks with CPython's messages, the {@code message} and {@code exceptions} attributes,
 * BaseExceptionGroup becoming ExceptionGroup when every member is an Exception, and
 * {@code str()} as "msg (N sub-exceptions)". (split/subgroup/derive and except* are elsewhere.)
 */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static Object newGroup(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        int npos = nargs - (kwnames == null ? 0 : kwnames.size());
        if (npos != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", npos);
        }
        Object message = args[offset];
        Object sequence = args[offset + 1];
        if (!(message instanceof PyStr)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", Abstract.typeName(message));
        }
        if (!(sequence instanceof PyList || sequence instanceof PyTuple) && Abstract.typeOf(sequence).getitem == null
                || sequence instanceof PyDict || sequence instanceof PySet) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple members = PyTuple.fromIterable(sequence);
        if (members.size() == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean allExceptions = true;
        for (int i = 0; i < members.size(); i++) {
            if (!(members.get(i) instanceof PyBaseException member)) {
                throw Errors.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            allExceptions &= Abstract.isInstance(member, Exceptions.Exception);
        }
        if (type == Exceptions.BaseExceptionGroup && allExceptions) {
            type = Exceptions.ExceptionGroup;
        } else if (type.isSubtype(Exceptions.Exception) && !allExceptions) {
            throw Errors.typeError(type == Exceptions.ExceptionGroup ? "Cannot nest BaseExceptions in an ExceptionGroup"
                    : "Cannot nest BaseExceptions in '%s'", type.name());
        }
        PyBaseException group = new PyBaseException(type);
        group.setArgs(PyTuple.of(message, sequence));
        group.setAttribute("message", message);
        group.setAttribute("exceptions", members);
        return group;
    }

    static Object str(Object self) {
        PyBaseException group = (PyBaseException) self;
        Object message = group.getAttribute("message");
        Object members = group.getAttribute("exceptions");
        if (message == null || !(members instanceof PyTuple t)) return Abstract.str(group.args());
        int n = t.size();
        return new PyStr(Abstract.str(message).value() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
    }
}
