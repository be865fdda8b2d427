package org.ember.runtime;

/**
 * The builtin exception and warning types of CPython 3.14, with their bases, and the behaviour
 * of BaseException (args, __str__/__repr__, traceback, cause/context, notes). Every exception
 * instance is a {@link PyBaseException}; the extra fields of some subclasses are attributes set
 * by {@link #initExtraAttributes}.
 */
public final class Exceptions {
    private Exceptions() {}

    public static final PyType BaseException = PyType.builtin("BaseException", PyBaseException.class)
            .subclassable()
            .flags(PyType.HAS_DICT)
            .slots(t -> {
                t.newInstance = Exceptions::newException;
                t.init = Exceptions::initException;
                t.repr = Exceptions::repr;
                t.str = Exceptions::str;
            })
            .dict(Exceptions::fillBaseExceptionDict)
            .build();

    public static final PyType BaseExceptionGroup;
    public static final PyType GeneratorExit;
    public static final PyType KeyboardInterrupt;
    public static final PyType SystemExit;
    public static final PyType Exception;
    public static final PyType ArithmeticError;
    public static final PyType FloatingPointError;
    public static final PyType OverflowError;
    public static final PyType ZeroDivisionError;
    public static final PyType AssertionError;
    public static final PyType AttributeError;
    public static final PyType BufferError;
    public static final PyType EOFError;
    public static final PyType ExceptionGroup;
    public static final PyType ImportError;
    public static final PyType ModuleNotFoundError;
    public static final PyType LookupError;
    public static final PyType IndexError;
    public static final PyType KeyError;
    public static final PyType MemoryError;
    public static final PyType NameError;
    public static final PyType UnboundLocalError;
    public static final PyType OSError;
    public static final PyType BlockingIOError;
    public static final PyType ChildProcessError;
    public static final PyType ConnectionError;
    public static final PyType BrokenPipeError;
    public static final PyType ConnectionAbortedError;
    public static final PyType ConnectionRefusedError;
    public static final PyType ConnectionResetError;
    public static final PyType FileExistsError;
    public static final PyType FileNotFoundError;
    public static final PyType InterruptedError;
    public static final PyType IsADirectoryError;
    public static final PyType NotADirectoryError;
    public static final PyType PermissionError;
    public static final PyType ProcessLookupError;
    public static final PyType TimeoutError;
    public static final PyType ReferenceError;
    public static final PyType RuntimeError;
    public static final PyType NotImplementedError;
    public static final PyType PythonFinalizationError;
    public static final PyType RecursionError;
    public static final PyType StopAsyncIteration;
    public static final PyType StopIteration;
    public static final PyType SyntaxError;
    public static final PyType IndentationError;
    public static final PyType TabError;
    public static final PyType _IncompleteInputError;
    public static final PyType SystemError;
    public static final PyType TypeError;
    public static final PyType ValueError;
    public static final PyType UnicodeError;
    public static final PyType UnicodeDecodeError;
    public static final PyType UnicodeEncodeError;
    public static final PyType UnicodeTranslateError;
    public static final PyType Warning;
    public static final PyType BytesWarning;
    public static final PyType DeprecationWarning;
    public static final PyType EncodingWarning;
    public static final PyType FutureWarning;
    public static final PyType ImportWarning;
    public static final PyType PendingDeprecationWarning;
    public static final PyType ResourceWarning;
    public static final PyType RuntimeWarning;
    public static final PyType SyntaxWarning;
    public static final PyType UnicodeWarning;
    public static final PyType UserWarning;

    static {
        BaseExceptionGroup = ExceptionGroups.defineBaseExceptionGroup(BaseException);
        GeneratorExit = define("GeneratorExit", BaseException);
        KeyboardInterrupt = define("KeyboardInterrupt", BaseException);
        SystemExit = define("SystemExit", BaseException);
        Exception = define("Exception", BaseException);
        ArithmeticError = define("ArithmeticError", Exception);
        FloatingPointError = define("FloatingPointError", ArithmeticError);
        OverflowError = define("OverflowError", ArithmeticError);
        ZeroDivisionError = define("ZeroDivisionError", ArithmeticError);
        AssertionError = define("AssertionError", Exception);
        AttributeError = define("AttributeError", Exception);
        BufferError = define("BufferError", Exception);
        EOFError = define("EOFError", Exception);
        ExceptionGroup = define("ExceptionGroup", BaseExceptionGroup, Exception);
        ImportError = define("ImportError", Exception);
        ModuleNotFoundError = define("ModuleNotFoundError", ImportError);
        LookupError = define("LookupError", Exception);
        IndexError = define("IndexError", LookupError);
        KeyError = define("KeyError", LookupError);
        MemoryError = define("MemoryError", Exception);
        NameError = define("NameError", Exception);
        UnboundLocalError = define("UnboundLocalError", NameError);
        OSError = define("OSError", Exception);
        BlockingIOError = define("BlockingIOError", OSError);
        ChildProcessError = define("ChildProcessError", OSError);
        ConnectionError = define("ConnectionError", OSError);
        BrokenPipeError = define("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = define("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = define("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = define("ConnectionResetError", ConnectionError);
        FileExistsError = define("FileExistsError", OSError);
        FileNotFoundError = define("FileNotFoundError", OSError);
        InterruptedError = define("InterruptedError", OSError);
        IsADirectoryError = define("IsADirectoryError", OSError);
        NotADirectoryError = define("NotADirectoryError", OSError);
        PermissionError = define("PermissionError", OSError);
        ProcessLookupError = define("ProcessLookupError", OSError);
        TimeoutError = define("TimeoutError", OSError);
        ReferenceError = define("ReferenceError", Exception);
        RuntimeError = define("RuntimeError", Exception);
        NotImplementedError = define("NotImplementedError", RuntimeError);
        PythonFinalizationError = define("PythonFinalizationError", RuntimeError);
        RecursionError = define("RecursionError", RuntimeError);
        StopAsyncIteration = define("StopAsyncIteration", Exception);
        StopIteration = define("StopIteration", Exception);
        SyntaxError = define("SyntaxError", Exception);
        IndentationError = define("IndentationError", SyntaxError);
        TabError = define("TabError", IndentationError);
        _IncompleteInputError = define("_IncompleteInputError", SyntaxError);
        SystemError = define("SystemError", Exception);
        TypeError = define("TypeError", Exception);
        ValueError = define("ValueError", Exception);
        UnicodeError = define("UnicodeError", ValueError);
        UnicodeDecodeError = define("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = define("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = define("UnicodeTranslateError", UnicodeError);
        Warning = define("Warning", Exception);
        BytesWarning = define("BytesWarning", Warning);
        DeprecationWarning = define("DeprecationWarning", Warning);
        EncodingWarning = define("EncodingWarning", Warning);
        FutureWarning = define("FutureWarning", Warning);
        ImportWarning = define("ImportWarning", Warning);
        PendingDeprecationWarning = define("PendingDeprecationWarning", Warning);
        ResourceWarning = define("ResourceWarning", Warning);
        RuntimeWarning = define("RuntimeWarning", Warning);
        SyntaxWarning = define("SyntaxWarning", Warning);
        UnicodeWarning = define("UnicodeWarning", Warning);
        UserWarning = define("UserWarning", Warning);
        KeyError.str = Exceptions::keyErrorStr;
        ImportError.str = ModuleNotFoundError.str = Exceptions::importErrorStr;
        UnicodeErrors.installSlots();
        for (PyType t : new PyType[] {SyntaxError, IndentationError, TabError, _IncompleteInputError}) {
            t.str = Exceptions::syntaxErrorStr;
        }
        OSError.newInstance = Exceptions::newOSError;
        OSError.str = Exceptions::osErrorStr;
        for (PyType sub : new PyType[] {BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
                ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError,
                FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
                ProcessLookupError, TimeoutError}) {
            sub.newInstance = OSError.newInstance;
            sub.str = OSError.str;
        }
        giveOwnInit();
        installFields();  // after giveOwnInit: filling a dict readies the type, fixing its __init__ wrapper
    }

    /** The member descriptors of the builtin subclasses' fields, and their pickling methods, as in CPython. */
    private static void installFields() {
        ExceptionFields.install(StopIteration, "value");
        ExceptionFields.install(SystemExit, "code");
        ExceptionFields.install(NameError, "name");
        ExceptionFields.install(AttributeError, "name", "obj");
        ExceptionFields.install(ImportError, ExceptionFields.IMPORT_ERROR);
        ExceptionFields.install(OSError, ExceptionFields.OS_ERROR);
        ExceptionFields.install(SyntaxError, ExceptionFields.SYNTAX_ERROR);
        for (PyType t : new PyType[] {UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError}) {
            ExceptionFields.install(t, ExceptionFields.UNICODE_ERROR);
        }
        ExceptionReduce.install();
    }

    /**
     * Every builtin exception type (but ExceptionGroup, a heap type in CPython) has its own
     * __init__ in its dict, as in CPython ({@code ValueError.__init__} is "of 'ValueError'
     * objects"): each gets a distinct slot object (a bound method reference) doing the same as
     * its base's. (__new__ stays shared: tp_new_wrapper's safety check compares it.)
     */
    private static void giveOwnInit() {
        for (PyType t : all()) {
            if (t == BaseException || t == ExceptionGroup) continue;
            Slot.Call init = t.init;
            t.init = init::call;
        }
    }

    /** OSError(errno, ...) with a known errno makes the matching subclass (Linux errno numbers). */
    private static PyType osErrorSubclass(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> BlockingIOError;          // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            case 10 -> ChildProcessError;                  // ECHILD
            case 32, 108 -> BrokenPipeError;               // EPIPE, ESHUTDOWN
            case 103 -> ConnectionAbortedError;            // ECONNABORTED
            case 111 -> ConnectionRefusedError;            // ECONNREFUSED
            case 104 -> ConnectionResetError;              // ECONNRESET
            case 17 -> FileExistsError;                    // EEXIST
            case 2 -> FileNotFoundError;                   // ENOENT
            case 21 -> IsADirectoryError;                  // EISDIR
            case 20 -> NotADirectoryError;                 // ENOTDIR
            case 4 -> InterruptedError;                    // EINTR
            case 1, 13 -> PermissionError;                 // EPERM, EACCES
            case 3 -> ProcessLookupError;                  // ESRCH
            case 110 -> TimeoutError;                      // ETIMEDOUT
            default -> null;
        };
    }

    private static Object newOSError(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        int npos = nargs - (kwnames == null ? 0 : kwnames.size());
        if (type == OSError && npos >= 2 && PyInt.asInt(args[offset]) != null) {
            PyInt errno = PyInt.asInt(args[offset]);
            PyType sub = errno.fitsInt() ? osErrorSubclass(errno.longValue()) : null;
            if (sub != null) type = sub;
        }
        PyBaseException e = (PyBaseException) newException(type, args, offset, nargs, kwnames);
        initExtraAttributes(e, e.args());
        return e;
    }

    /** "[Errno 2] No such file: 'f'" when errno and strerror are set, with the file name(s). */
    private static Object osErrorStr(Object self) {
        PyBaseException e = of(self);
        Object errno = e.field(ExceptionFields.OS_ERROR_ERRNO), strerror = e.field(ExceptionFields.OS_ERROR_STRERROR);
        Object filename = e.field(ExceptionFields.OS_ERROR_FILENAME), filename2 = e.field(ExceptionFields.OS_ERROR_FILENAME2);
        if (filename == null && (errno == null || strerror == null)) return str(self);
        String head = "[Errno " + Abstract.str(orNone(errno)).value() + "] " + Abstract.str(orNone(strerror)).value();
        if (filename != null) {
            head += ": " + Abstract.repr(filename).value();
            if (filename2 != null) head += " -> " + Abstract.repr(filename2).value();
        }
        return new PyStr(head);
    }

    private static PyType define(String name, PyType base, PyType... moreBases) {
        PyType.Spec spec = PyType.builtin(name, PyBaseException.class).base(base).subclassable().flags(PyType.HAS_DICT);
        if (moreBases.length > 0) spec.extraBases(moreBases);
        return spec.build();
    }

    /** All builtin exception types, for the builtins module. */
    public static PyType[] all() {
        return new PyType[] {BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, PythonFinalizationError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, _IncompleteInputError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning};
    }

    private static Object newException(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        int npos = nargs - (kwnames == null ? 0 : kwnames.size());
        PyBaseException e = new PyBaseException(type);
        e.setArgs(PyTuple.of(java.util.Arrays.copyOfRange(args, offset, offset + npos)));
        return e;
    }

    private static Object initException(Object self, Object[] args, int offset, int nargs, PyTuple kwnames) {
        PyBaseException e = (PyBaseException) self;
        int nkw = kwnames == null ? 0 : kwnames.size();
        String[] keywords = keywordAttributes(e.type());
        if (nkw > 0 && keywords.length == 0) {
            throw Errors.typeError("%s() takes no keyword arguments", e.type().name());
        }
        if (nkw > keywords.length) {
            throw Errors.typeError("%s() takes at most %d keyword argument%s (%d given)",
                    e.type().name(), keywords.length, keywords.length == 1 ? "" : "s", nkw);
        }
        for (int k = 0; k < nkw; k++) {
            String kw = ((PyStr) kwnames.get(k)).value();
            if (!java.util.Arrays.asList(keywords).contains(kw)) {
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", e.type().name(), kw);
            }
        }
        int npos = nargs - nkw;
        PyTuple newArgs = PyTuple.of(java.util.Arrays.copyOfRange(args, offset, offset + npos));
        e.setArgs(newArgs);
        initExtraAttributes(e, newArgs);
        for (int k = 0; k < nkw; k++) ExceptionFields.set(e, ((PyStr) kwnames.get(k)).value(), args[offset + npos + k]);
        return PyNone.NONE;
    }

    private static final String[] NO_KEYWORDS = {};

    /** The keyword-only arguments an exception's __init__ accepts (NameError(name=), AttributeError(name=, obj=), ...). */
    private static String[] keywordAttributes(PyType t) {
        if (t.isSubtype(ImportError)) return new String[] {"name", "path", "name_from"};
        if (t.isSubtype(AttributeError)) return new String[] {"name", "obj"};
        if (t.isSubtype(NameError)) return new String[] {"name"};
        return NO_KEYWORDS;
    }

    /** ImportError's str is its msg when that is a str (set from a single argument), else BaseException's. */
    private static Object importErrorStr(Object self) {
        Object msg = of(self).field(ExceptionFields.IMPORT_ERROR_MSG);
        return msg instanceof PyStr s && s.type() == PyStr.TYPE ? s : str(self);
    }

    /**
     * The fields builtin subclasses derive from their arguments (value, code, msg, ...); those
     * only given by keyword (name, obj, path, ...) start unset, as CPython's __init__ leaves them.
     */
    static void initExtraAttributes(PyBaseException e, PyTuple args) {
        PyType t = e.type();
        if (t.isSubtype(StopIteration)) {
            e.setField(ExceptionFields.STOP_ITERATION_VALUE, args.size() > 0 ? args.get(0) : PyNone.NONE);
        } else if (t.isSubtype(SystemExit)) {
            e.setField(ExceptionFields.SYSTEM_EXIT_CODE, args.size() == 0 ? null : args.size() == 1 ? args.get(0) : args);
        } else if (t.isSubtype(AttributeError)) {
            e.setField(ExceptionFields.ATTRIBUTE_ERROR_NAME, null);
            e.setField(ExceptionFields.ATTRIBUTE_ERROR_OBJ, null);
        } else if (t.isSubtype(NameError)) {
            e.setField(ExceptionFields.NAME_ERROR_NAME, null);
        } else if (t.isSubtype(ImportError)) {
            for (int i = 0; i < ExceptionFields.IMPORT_ERROR.length; i++) e.setField(i, null);
            e.setField(ExceptionFields.IMPORT_ERROR_MSG, args.size() == 1 ? args.get(0) : null);
        } else if (t.isSubtype(OSError)) {
            initOSError(e, args);
        } else if (t.isSubtype(UnicodeError)) {
            UnicodeErrors.init(e, args);
        } else if (t.isSubtype(SyntaxError)) {
            initSyntaxError(e, args);
        }
    }

    /**
     * msg and, from a (filename, lineno, offset, text[, end_lineno, end_offset]) second argument,
     * the location (fields 1 to 6 of {@link ExceptionFields#SYNTAX_ERROR}, in that order).
     */
    private static void initSyntaxError(PyBaseException e, PyTuple args) {
        if (args.size() >= 1) e.setField(ExceptionFields.SYNTAX_ERROR_MSG, args.get(0));
        if (args.size() != 2) return;
        PyTuple info = PyTuple.fromIterable(args.get(1));
        if (info.size() < 4) throw Errors.typeError("function takes at least 4 arguments (%d given)", info.size());
        if (info.size() > 6) throw Errors.typeError("function takes at most 6 arguments (%d given)", info.size());
        if (info.size() == 5) throw Errors.typeError("end_offset must be provided when end_lineno is provided");
        for (int i = 0; i < 6; i++) e.setField(1 + i, i < info.size() ? info.get(i) : null);
    }

    /** "msg (file, line N)" with the file's base name, as CPython's SyntaxError_str. */
    private static Object syntaxErrorStr(Object self) {
        PyBaseException e = of(self);
        Object msgObj = e.field(ExceptionFields.SYNTAX_ERROR_MSG);
        String msg = Abstract.str(msgObj == null ? PyNone.NONE : msgObj).value();
        Object filename = ExceptionFields.get(e, "filename");
        Object lineno = ExceptionFields.get(e, "lineno");
        String file = filename instanceof PyStr f ? f.value().substring(f.value().lastIndexOf('/') + 1) : null;
        String line = lineno instanceof PyInt n && n.type() == PyInt.TYPE ? n.toString() : null;
        if (file != null && line != null) return new PyStr(msg + " (" + file + ", line " + line + ")");
        if (file != null) return new PyStr(msg + " (" + file + ")");
        if (line != null) return new PyStr(msg + " (line " + line + ")");
        return new PyStr(msg);
    }

    /**
     * errno, strerror, filename, filename2 from 2 to 5 arguments (the fourth, Windows' winerror,
     * is ignored); with a file name, args keep only (errno, strerror). BlockingIOError's third
     * argument, when a number, is characters_written instead.
     */
    private static void initOSError(PyBaseException e, PyTuple args) {
        int n = args.size();
        boolean structured = n >= 2 && n <= 5;
        for (int i = 0; i <= ExceptionFields.OS_ERROR_CHARACTERS_WRITTEN; i++) e.setField(i, null);
        if (!structured) return;
        e.setField(ExceptionFields.OS_ERROR_ERRNO, args.get(0));
        e.setField(ExceptionFields.OS_ERROR_STRERROR, args.get(1));
        Object filename = n >= 3 ? args.get(2) : PyNone.NONE;
        if (filename == PyNone.NONE) return;
        if (e.type() == BlockingIOError && isNumber(filename)) {
            e.setField(ExceptionFields.OS_ERROR_CHARACTERS_WRITTEN, PyInt.of(Abstract.asSize(filename, ValueError)));
            return;
        }
        e.setField(ExceptionFields.OS_ERROR_FILENAME, filename);
        if (n >= 5 && args.get(4) != PyNone.NONE) e.setField(ExceptionFields.OS_ERROR_FILENAME2, args.get(4));
        e.setArgs(PyTuple.of(args.get(0), args.get(1)));
    }

    /** CPython's PyNumber_Check: something int(), float() or index() accepts, or a complex. */
    private static boolean isNumber(Object o) {
        PyType t = Abstract.typeOf(o);
        return t.index != null || t.toInt != null || t.toFloat != null || Abstract.builtinPart(o) instanceof PyComplex;
    }

    private static PyBaseException of(Object self) {
        return (PyBaseException) self;
    }

    private static Object repr(Object self) {
        PyBaseException e = of(self);
        PyTuple args = e.args();
        String inner = args.size() == 1 ? Abstract.repr(args.get(0)).value() : Abstract.repr(args).value();
        return new PyStr(e.type().name() + (args.size() == 1 ? "(" + inner + ")" : inner));
    }

    private static Object str(Object self) {
        PyTuple args = of(self).args();
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(args.get(0));
            default -> Abstract.str(args);
        };
    }

    /** KeyError shows its key's repr, so that an empty-string key is visible. */
    private static Object keyErrorStr(Object self) {
        PyTuple args = of(self).args();
        return args.size() == 1 ? Abstract.repr(args.get(0)) : str(self);
    }

    private static PyBaseException causeOrNone(Object value, String what) {
        if (value == PyNone.NONE) return null;
        if (value instanceof PyBaseException e) return e;
        throw Errors.typeError("exception %s must be None or derive from BaseException", what);
    }

    private static void fillBaseExceptionDict(TypeBuilder d) {
        d.getset("args", self -> of(self).args(), (self, v) -> {
            if (v == null) throw Errors.typeError("args may not be deleted");
            of(self).setArgs(PyTuple.fromIterable(v));
        });
        d.getset("__traceback__", self -> orNone(of(self).traceback()), (self, v) -> {
            if (v == null) throw Errors.typeError("__traceback__ may not be deleted");
            of(self).setTraceback(checkTraceback(v));
        });
        d.getset("__cause__", self -> orNone(of(self).cause()), (self, v) -> {
            if (v == null) throw Errors.typeError("__cause__ may not be deleted");
            of(self).setCause(causeOrNone(v, "cause"));
        });
        d.getset("__context__", self -> orNone(of(self).context()), (self, v) -> {
            if (v == null) throw Errors.typeError("__context__ may not be deleted");
            of(self).setContext(causeOrNone(v, "context"));
        });
        d.getset("__suppress_context__", self -> PyBool.of(of(self).suppressContext()), (self, v) -> {
            if (v == null) throw Errors.typeError("can't delete numeric/char attribute");
            if (!(v instanceof PyBool b)) throw Errors.typeError("attribute value type must be bool");
            of(self).setSuppressContext(b == PyBool.TRUE);
        });
        d.getset("__dict__", self -> of(self).dict(), (self, v) -> {
            if (v == null) throw Errors.typeError("cannot delete __dict__");
            if (!(v instanceof PyDict dict)) throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", Abstract.typeName(v));
            of(self).setDict(dict);
        });
        d.method1("__setstate__", (self, state) -> {  // pickle/copy: the instance dict saved by __reduce__
            if (state == PyNone.NONE) return PyNone.NONE;
            if (!(state instanceof PyDict dict)) throw Errors.typeError("state is not a dictionary");
            for (Object[] entry : dict.entries()) Abstract.setAttr(self, Abstract.attrName(entry[0]), entry[1]);
            return PyNone.NONE;
        });
        d.method1("with_traceback", (self, tb) -> {
            of(self).setTraceback(checkTraceback(tb));
            return self;
        });
        d.method1("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) throw Errors.typeError("note must be a str, not '%s'", Abstract.typeName(note));
            PyBaseException e = of(self);
            Object notes = e.getAttribute("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.setAttribute("__notes__", notes);
            }
            if (!(notes instanceof PyList list)) throw Errors.typeError("Cannot add note: __notes__ is not a list");
            list.append(note);
            return PyNone.NONE;
        });
    }

    /** Tracebacks are the interpreter's type; the runtime accepts None or any object named 'traceback'. */
    private static Object checkTraceback(Object tb) {
        if (tb == PyNone.NONE) return null;
        if (!Abstract.typeName(tb).equals("traceback")) throw Errors.typeError("__traceback__ must be a traceback or None");
        return tb;
    }

    private static Object orNone(Object value) {
        return value == null ? PyNone.NONE : value;
    }
}
