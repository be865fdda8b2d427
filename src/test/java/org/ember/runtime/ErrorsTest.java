package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Argument-binding messages, the exception hierarchy, and exception objects' behaviour. */
class ErrorsTest {

    private static Object method(Object receiver, String name) {
        return Abstract.getAttr(receiver, name);
    }

    @Test
    void builtinArgumentMessagesMatchCPython() {
        PyList l = new PyList();
        assertEquals("TypeError: list.append() takes exactly one argument (2 given)", error(() -> Abstract.call(method(l, "append"), i(1), i(2))));
        assertEquals("TypeError: list.append() takes exactly one argument (0 given)", error(() -> Abstract.call(method(l, "append"))));
        assertEquals("TypeError: list.append() takes no keyword arguments",
                error(() -> ((PyCallable) method(l, "append")).call(new Object[] {i(1)}, 0, 1, PyTuple.of(s("x")))));
        assertEquals("TypeError: list.clear() takes no arguments (1 given)", error(() -> Abstract.call(method(l, "clear"), i(1))));
        assertEquals("TypeError: pop expected at most 1 argument, got 2", error(() -> Abstract.call(method(l, "pop"), i(1), i(2))));
        assertEquals("TypeError: insert expected 2 arguments, got 1", error(() -> Abstract.call(method(l, "insert"), i(1))));
        assertEquals("TypeError: sort() takes no positional arguments", error(() -> Abstract.call(method(l, "sort"), i(1))));
        assertEquals("TypeError: sort() got an unexpected keyword argument 'x'",
                error(() -> ((PyCallable) method(l, "sort")).call(new Object[] {i(1)}, 0, 1, PyTuple.of(s("x")))));
        assertEquals("TypeError: split() got an unexpected keyword argument 'sepx'. Did you mean 'sep'?",
                error(() -> ((PyCallable) method(s(""), "split")).call(new Object[] {i(1)}, 0, 1, PyTuple.of(s("sepx")))));
        // ''.split(MAXSPLIT=1): eight case changes are too many for a hint
        assertEquals("TypeError: split() got an unexpected keyword argument 'MAXSPLIT'",
                error(() -> ((PyCallable) method(s(""), "split")).call(new Object[] {i(1)}, 0, 1, PyTuple.of(s("MAXSPLIT")))));
        assertEquals("TypeError: index expected at least 1 argument, got 0", error(() -> Abstract.call(method(l, "index"))));
        assertEquals("TypeError: split() takes at most 2 arguments (3 given)", error(() -> Abstract.call(method(s(""), "split"), i(1), i(2), i(3))));
        assertEquals("TypeError: replace() takes at least 2 positional arguments (1 given)", error(() -> Abstract.call(method(s(""), "replace"), s("a"))));
        assertEquals("TypeError: get expected at least 1 argument, got 0", error(() -> Abstract.call(method(new PyDict(), "get"))));
        ArgSpec spec = ArgSpec.keywords("f", 0, 1, 2, "x", "y");
        assertEquals("TypeError: f() missing required argument 'x' (pos 1)",
                error(() -> spec.bind(new Object[] {i(1)}, 0, 1, PyTuple.of(s("y")))));
        assertEquals("TypeError: argument for f() given by name ('x') and position (1)",
                error(() -> spec.bind(new Object[] {i(1), i(2)}, 0, 2, PyTuple.of(s("x")))));
        Object[] bound = spec.bind(new Object[] {i(1), i(2)}, 0, 2, PyTuple.of(s("y")));
        assertEquals("1 2", repr(bound[0]) + " " + repr(bound[1]));
    }

    @Test
    void abstractOperationMessages() {
        assertEquals("TypeError: argument of type 'int' is not a container or iterable", error(() -> Abstract.contains(i(5), i(1))));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str", error(() -> Abstract.binaryOp(s("a"), i(1), BinOp.ADD)));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'", error(() -> Abstract.power(i(1), s("a"), i(3))));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'", error(() -> Abstract.binaryOp(i(1), s("a"), BinOp.POW)));
        assertEquals("TypeError: object of type 'int' has no len()", error(() -> Abstract.len(i(1))));
        assertEquals("TypeError: 'int' object is not iterable", error(() -> Abstract.getIter(i(1))));
        assertEquals("TypeError: 'int' object is not an iterator", error(() -> Abstract.next(i(1))));
        assertEquals("TypeError: 'int' object is not subscriptable", error(() -> Abstract.getItem(i(1), i(0))));
        assertEquals("TypeError: type 'int' is not subscriptable", error(() -> Abstract.getItem(PyInt.TYPE, i(0))));
        assertEquals("TypeError: 'int' object does not support item assignment", error(() -> Abstract.setItem(i(1), i(0), i(0))));
        assertEquals("TypeError: 'int' object does not support item deletion", error(() -> Abstract.delItem(i(1), i(0))));
        assertEquals("TypeError: attribute name must be string, not 'int'", error(() -> Abstract.attrName(i(2))));
        assertEquals("TypeError: bad operand type for unary -: 'str'", error(() -> Abstract.negative(s("a"))));
        assertEquals("TypeError: bad operand type for unary ~: 'float'", error(() -> Abstract.invert(f(1.5))));
        assertEquals("TypeError: bad operand type for abs(): 'str'", error(() -> Abstract.absolute(s("a"))));
        assertEquals("TypeError: 'int' object is not callable", error(() -> Abstract.call(i(1))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer", error(() -> Abstract.index(s("a"))));
        assertEquals("AttributeError: 'NoneType' object has no attribute 'x'", error(() -> Abstract.getAttr(PyNone.NONE, "x")));
        assertEquals("AttributeError: 'NoneType' object has no attribute 'x' and no __dict__ for setting new attributes",
                error(() -> Abstract.setAttr(PyNone.NONE, "x", i(1))));
        assertEquals("TypeError: NotImplemented should not be used in a boolean context", error(() -> Abstract.isTrue(PyNotImplemented.INSTANCE)));
        assertEquals("TypeError: NoneType takes no arguments", error(() -> Abstract.call(PyNone.TYPE, i(1))));
    }

    @Test
    void exceptionHierarchy() {
        assertTrue(Exceptions.ZeroDivisionError.isSubtype(Exceptions.ArithmeticError));
        assertTrue(Exceptions.ModuleNotFoundError.isSubtype(Exceptions.ImportError));
        assertTrue(Exceptions.BrokenPipeError.isSubtype(Exceptions.ConnectionError));
        assertTrue(Exceptions.TabError.isSubtype(Exceptions.IndentationError));
        assertTrue(Exceptions.RecursionError.isSubtype(Exceptions.RuntimeError));
        assertTrue(Exceptions.UnicodeDecodeError.isSubtype(Exceptions.ValueError));
        assertTrue(Exceptions.EncodingWarning.isSubtype(Exceptions.Warning));
        assertFalse(Exceptions.KeyboardInterrupt.isSubtype(Exceptions.Exception));
        assertFalse(Exceptions.StopIteration.isSubtype(Exceptions.StopAsyncIteration));
        // sorted exception classes in builtins, CPython 3.14
        String expected = "[ArithmeticError, AssertionError, AttributeError, BaseException, BaseExceptionGroup, BlockingIOError, "
                + "BrokenPipeError, BufferError, BytesWarning, ChildProcessError, ConnectionAbortedError, ConnectionError, "
                + "ConnectionRefusedError, ConnectionResetError, DeprecationWarning, EOFError, EncodingWarning, Exception, "
                + "ExceptionGroup, FileExistsError, FileNotFoundError, FloatingPointError, FutureWarning, GeneratorExit, "
                + "ImportError, ImportWarning, IndentationError, IndexError, InterruptedError, IsADirectoryError, KeyError, "
                + "KeyboardInterrupt, LookupError, MemoryError, ModuleNotFoundError, NameError, NotADirectoryError, "
                + "NotImplementedError, OSError, OverflowError, PendingDeprecationWarning, PermissionError, ProcessLookupError, "
                + "PythonFinalizationError, RecursionError, ReferenceError, ResourceWarning, RuntimeError, RuntimeWarning, "
                + "StopAsyncIteration, StopIteration, SyntaxError, SyntaxWarning, SystemError, SystemExit, TabError, "
                + "TimeoutError, TypeError, UnboundLocalError, UnicodeDecodeError, UnicodeEncodeError, UnicodeError, "
                + "UnicodeTranslateError, UnicodeWarning, UserWarning, ValueError, Warning, ZeroDivisionError, _IncompleteInputError]";
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyType t : Exceptions.all()) names.add(t.name());
        java.util.Collections.sort(names);
        assertEquals(expected, names.toString());
    }

    @Test
    void exceptionObjects() {
        Object e0 = Abstract.call(Exceptions.ValueError);
        Object e1 = Abstract.call(Exceptions.ValueError, s("x"));
        Object e2 = Abstract.call(Exceptions.ValueError, s("x"), i(1));
        assertEquals("ValueError() ValueError('x') ValueError('x', 1)", repr(e0) + " " + repr(e1) + " " + repr(e2));
        assertEquals("|x|('x', 1)", str(e0) + "|" + str(e1) + "|" + str(e2));
        assertEquals("'k'", str(Abstract.call(Exceptions.KeyError, s("k"))));
        Object e = Abstract.call(Exceptions.ValueError, i(1));
        Abstract.invoke(e, "add_note", s("n"));
        assertEquals("['n']", repr(Abstract.getAttr(e, "__notes__")));
        assertEquals("{'__notes__': ['n']}", repr(Abstract.getAttr(e, "__dict__")));
        assertEquals("TypeError: note must be a str, not 'int'", error(() -> Abstract.invoke(e, "add_note", i(1))));
        assertEquals("3 None", repr(Abstract.getAttr(Abstract.call(Exceptions.StopIteration, i(3)), "value"))
                + " " + repr(Abstract.getAttr(Abstract.call(Exceptions.StopIteration), "value")));
        assertEquals("(1, 2)", repr(Abstract.getAttr(Abstract.call(Exceptions.SystemExit, i(1), i(2)), "code")));
        assertEquals("TypeError: BaseException() takes no keyword arguments",
                error(() -> Exceptions.BaseException.call(new Object[] {i(1)}, 0, 1, PyTuple.of(s("x")))));
        assertEquals("TypeError: exception cause must be None or derive from BaseException",
                error(() -> Abstract.setAttr(e, "__cause__", i(1))));
        Abstract.setAttr(e, "__cause__", e1);
        assertSame(e1, Abstract.getAttr(e, "__cause__"));
        assertSame(PyBool.TRUE, Abstract.getAttr(e, "__suppress_context__"));
        assertSame(e, Abstract.invoke(e, "with_traceback", PyNone.NONE));
        PyType mine = cls("MyError", bases(Exceptions.ValueError));
        Object m = Abstract.call(mine, s("boom"));
        assertInstanceOf(PyBaseException.class, m);
        assertEquals("MyError('boom')", repr(m));
        Abstract.setAttr(m, "extra", i(1));
        assertEquals("1", repr(Abstract.getAttr(m, "extra")));
        PyException thrown = Errors.typeError("message %d", 5);
        assertEquals("TypeError: message 5", thrown.getMessage());
        assertEquals(0, thrown.getStackTrace().length, "no Java stack trace is filled in");
    }

    @Test
    void osErrorPicksTheSubclassAndFormatsErrno() {
        Object e = Abstract.call(Exceptions.OSError, i(2), s("No such file"), s("f"));
        // OSError(2, 'No such file', 'f'): type, repr, str, errno/strerror/filename/filename2, args
        assertEquals("FileNotFoundError FileNotFoundError(2, 'No such file') [Errno 2] No such file: 'f' 2 'No such file' 'f' None (2, 'No such file')",
                Abstract.typeName(e) + " " + repr(e) + " " + str(e) + " " + repr(Abstract.getAttr(e, "errno")) + " "
                        + repr(Abstract.getAttr(e, "strerror")) + " " + repr(Abstract.getAttr(e, "filename")) + " "
                        + repr(Abstract.getAttr(e, "filename2")) + " " + repr(Abstract.getAttr(e, "args")));
        assertEquals("[Errno 2] x: 'a' -> 'b'", str(Abstract.call(Exceptions.OSError, i(2), s("x"), s("a"), PyNone.NONE, s("b"))));
        Object plain = Abstract.call(Exceptions.OSError, s("plain"));
        assertEquals("OSError('plain') plain None", repr(plain) + " " + str(plain) + " " + repr(Abstract.getAttr(plain, "errno")));
        assertEquals("PermissionError", Abstract.typeName(Abstract.call(Exceptions.OSError, i(13), s("denied"))));
        assertEquals("BlockingIOError", Abstract.typeName(Abstract.call(Exceptions.OSError, i(11), s("again"))));
        assertEquals("FileNotFoundError", Abstract.typeName(Abstract.call(Exceptions.FileNotFoundError, i(1), s("x"))));
        PyType mine = cls("My", bases(Exceptions.OSError));
        assertEquals("My", Abstract.typeName(Abstract.call(mine, i(2), s("x"))));
        Object six = Abstract.call(Exceptions.OSError, i(1), i(2), i(3), i(4), i(5), i(6));
        assertEquals("(1, 2, 3, 4, 5, 6) None", repr(Abstract.getAttr(six, "args")) + " " + repr(Abstract.getAttr(six, "errno")));
    }

    @Test
    void attributeErrorsCarryNameAndObject() {
        PyList l = new PyList();
        try {
            Abstract.getAttr(l, "nope");
            fail("no AttributeError");
        } catch (PyException e) {
            assertEquals("'nope'", repr(Abstract.getAttr(e.value, "name")));
            assertSame(l, Abstract.getAttr(e.value, "obj"));
        }
    }
}
