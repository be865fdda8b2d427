package org.ember.runtime;

/**
 * Pickling and copying of exceptions as CPython does it: {@code BaseException.__reduce__} gives
 * (type, args[, __dict__]) and the type is called again with args; OSError puts its file names
 * back into args, ImportError and AttributeError carry their keyword fields in the state dict
 * (which BaseException.__setstate__ sets back). Also OSError's {@code characters_written}.
 */
final class ExceptionReduce {
    private ExceptionReduce() {}

    static void install() {
        new TypeBuilder(Exceptions.BaseException).method0("__reduce__", self -> reduce(of(self), of(self).args()));
        new TypeBuilder(Exceptions.OSError)
                .method0("__reduce__", self -> reduce(of(self), osErrorArgs(of(self))))
                .getset("characters_written", ExceptionReduce::charactersWritten, ExceptionReduce::setCharactersWritten);
        new TypeBuilder(Exceptions.ImportError).method0("__reduce__", self -> {
            Object state = importErrorState(of(self));
            PyTuple args = of(self).args();
            return state == PyNone.NONE ? PyTuple.of(of(self).type(), args) : PyTuple.of(of(self).type(), args, state);
        });
        new TypeBuilder(Exceptions.AttributeError)
                .method0("__getstate__", self -> attributeErrorState(of(self)))
                .method0("__reduce__", self -> PyTuple.of(of(self).type(), of(self).args(), attributeErrorState(of(self))));
    }

    private static PyBaseException of(Object self) {
        return (PyBaseException) self;
    }

    /** The instance dict when the exception has one in CPython's sense (attributes were set or __dict__ was asked for), else null. */
    private static PyDict dictIfAny(PyBaseException e) {
        boolean existed = e.dictMaterialized();
        PyDict dict = e.dict();
        return existed || dict.size() > 0 ? dict : null;
    }

    private static Object reduce(PyBaseException e, PyTuple args) {
        PyDict dict = dictIfAny(e);
        return dict == null ? PyTuple.of(e.type(), args) : PyTuple.of(e.type(), args, dict);
    }

    /** args with the file names put back: (errno, strerror, filename[, None, filename2]). */
    private static PyTuple osErrorArgs(PyBaseException e) {
        PyTuple args = e.args();
        Object filename = e.field(ExceptionFields.OS_ERROR_FILENAME);
        if (args.size() != 2 || filename == null) return args;
        Object filename2 = e.field(ExceptionFields.OS_ERROR_FILENAME2);
        if (filename2 == null) return PyTuple.of(args.get(0), args.get(1), filename);
        return PyTuple.of(args.get(0), args.get(1), filename, PyNone.NONE, filename2);
    }

    /** A copy of the dict plus name, path and name_from where set; the dict itself or None when none is. */
    private static Object importErrorState(PyBaseException e) {
        PyDict dict = dictIfAny(e);
        String[] keywords = {"name", "path", "name_from"};
        boolean anySet = false;
        for (String k : keywords) anySet |= e.field(indexIn(ExceptionFields.IMPORT_ERROR, k)) != null;
        if (!anySet) return dict == null ? PyNone.NONE : dict;
        PyDict state = dict == null ? new PyDict() : dict.copy();
        for (String k : keywords) {
            Object value = e.field(indexIn(ExceptionFields.IMPORT_ERROR, k));
            if (value != null) state.setItem(new PyStr(k), value);
        }
        return state;
    }

    /** A copy of the dict plus name (when set) and args; obj is left out, as CPython does (it is often unpicklable). */
    private static Object attributeErrorState(PyBaseException e) {
        PyDict dict = dictIfAny(e);
        PyDict state = dict == null ? new PyDict() : dict.copy();
        Object name = e.field(ExceptionFields.ATTRIBUTE_ERROR_NAME);
        if (name != null) state.setItem(new PyStr("name"), name);
        state.setItem(new PyStr("args"), e.args());
        return state;
    }

    private static int indexIn(String[] names, String name) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
        throw new IllegalArgumentException(name);
    }

    private static Object charactersWritten(Object self) {
        Object written = of(self).field(ExceptionFields.OS_ERROR_CHARACTERS_WRITTEN);
        if (written == null) throw Errors.attributeError("characters_written");
        return written;
    }

    private static void setCharactersWritten(Object self, Object value) {
        PyBaseException e = of(self);
        if (value == null) {
            if (e.field(ExceptionFields.OS_ERROR_CHARACTERS_WRITTEN) == null) throw Errors.attributeError("characters_written");
            e.setField(ExceptionFields.OS_ERROR_CHARACTERS_WRITTEN, null);
            return;
        }
        e.setField(ExceptionFields.OS_ERROR_CHARACTERS_WRITTEN, PyInt.of(Abstract.asSize(value, Exceptions.ValueError)));
    }
}
