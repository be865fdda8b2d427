package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * str methods, indexing by code point, repr and comparison. Mirrors resources/runtime/strings.py
 * line for line; strings.expected is its output under CPython 3.13.
 */
class StrTest {

    private final List<String> out = new ArrayList<>();

    private void t(Supplier<Object> f) {
        try {
            out.add(repr(f.get()));
        } catch (PyException e) {
            out.add(e.value.type().name() + ": " + str(e.value));
        }
    }

    private static Object m(String receiver, String method, Object... args) {
        return Abstract.invoke(s(receiver), method, args);
    }

    private static PySlice slice(Object start, Object stop, Object step) {
        return new PySlice(start, stop, step);
    }

    @Test
    void matchesCPythonOutput() throws Exception {
        PyNone none = PyNone.NONE;
        t(() -> m("  a b\t\nc  ", "split"));
        t(() -> m("  a b\t\nc  ", "split", none, i(1)));
        t(() -> m("  a b\t\nc  ", "rsplit", none, i(1)));
        t(() -> m("a,b,,c", "split", s(",")));
        t(() -> m("a,b,,c", "split", s(","), i(2)));
        t(() -> m("a,b,,c", "rsplit", s(","), i(2)));
        t(() -> m("a,b", "split", s("")));
        t(() -> m("\u00a0x\u2003y\u001c", "split"));
        t(() -> m("xxhixx", "strip", s("x")));
        t(() -> m("  hi\u3000", "strip"));
        t(() -> m("aaa", "replace", s("a"), s("b"), i(2)));
        t(() -> m("abc", "replace", s(""), s("-")));
        t(() -> m("abc", "replace", s(""), s("-"), i(2)));
        t(() -> m("hello", "find", s("l")));
        t(() -> m("hello", "rfind", s("l")));
        t(() -> m("hello", "find", s("l"), i(-2)));
        t(() -> m("hello", "index", s("z")));
        t(() -> m("hello", "count", s("l")));
        t(() -> m("hello", "count", s("")));
        t(() -> m("hello", "startswith", PyTuple.of(s("x"), s("he"))));
        t(() -> m("hello", "endswith", s("lo"), i(0), i(4)));
        t(() -> m("hello", "startswith", i(1)));
        t(() -> m(",", "join", PyList.of(s("a"), s("b"), s("c"))));
        t(() -> m(",", "join", PyList.of(s("a"), i(1))));
        String emoji = "a\uD83D\uDE00b";
        t(() -> Abstract.getItem(s(emoji), i(1)));
        t(() -> i(Abstract.len(s(emoji))));
        t(() -> Abstract.getItem(s(emoji), slice(none, none, i(-1))));
        t(() -> m(emoji + "cd", "find", s("c")));
        t(() -> Abstract.getItem(s("abcdef"), slice(i(1), i(5), i(2))));
        t(() -> Abstract.getItem(s("abc"), i(5)));
        t(() -> Abstract.getItem(s("abc"), s("x")));
        t(() -> s("it's"));
        t(() -> s("say \"hi\" it's"));
        t(() -> s("\u0000\u007f\u0080\u200b\uD83D\uDE00\uD800\\\n\t\r"));
        t(() -> s("\uDB40\uDC01 \u00e9"));
        t(() -> Abstract.binaryOp(s("ab"), i(3), BinOp.MUL));
        t(() -> PyBool.of(Abstract.contains(s("abc"), i(1))));
        t(() -> Abstract.richCompare(s("\uffff"), s("\uD800\uDC00"), CompareOp.LT));
        t(() -> m("Straße", "upper"));
        String expected = new String(getClass().getResourceAsStream("/runtime/strings.expected").readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(expected, String.join("\n", out) + "\n");
    }

    @Test
    void codePointIndexingIsConstantTimeAndExact() {
        PyStr bmp = s("hello");
        PyStr astral = s("x\uD83D\uDE00y\uD83D\uDE01");
        assertEquals(5, bmp.length());
        assertEquals(4, astral.length());
        assertEquals(0x1F601, astral.codePointAt(3));
        assertEquals("'y😁'", repr(astral.substring(2, 4)));
        assertEquals(Abstract.hash(s("abc")), Abstract.hash(Abstract.binaryOp(s("ab"), s("c"), BinOp.ADD)));
    }

    @Test
    void iteration() {
        Object it = Abstract.getIter(s("ab"));
        assertEquals("str_ascii_iterator", Abstract.typeName(it));
        assertEquals("['a', 'b']", repr(PyList.fromIterable(it)));
        Object astral = Abstract.getIter(s("\u00e9\uD83D\uDE00"));
        assertEquals("str_iterator", Abstract.typeName(astral));
        assertEquals("['\u00e9', '\uD83D\uDE00']", repr(PyList.fromIterable(astral)));
    }

    @Test
    void moreMethodsMatchCPythonOutput() throws Exception {
        // mirrors resources/runtime/strings2.py; strings2.expected is its CPython 3.13 output
        t(() -> m("a=b=c", "partition", s("=")));
        t(() -> m("a=b=c", "rpartition", s("=")));
        t(() -> m("abc", "partition", s("x")));
        t(() -> m("abc", "rpartition", s("x")));
        t(() -> m("abc", "partition", s("")));
        t(() -> m("a\nb\r\nc\rd\u000be\u001cf\u0085g\u2028h\n", "splitlines"));
        t(() -> m("a\nb\r\n\nc", "splitlines", PyBool.TRUE));
        t(() -> m("", "splitlines"));
        t(() -> m("ab", "ljust", i(5), s("*")));
        t(() -> m("ab", "rjust", i(5)));
        t(() -> m("ab", "center", i(5), s("-")));
        t(() -> m("abc", "center", i(6), s("-")));
        t(() -> m("ab", "center", i(1)));
        t(() -> m("ab", "ljust", i(5), s("**")));
        t(() -> m("-42", "zfill", i(6)));
        t(() -> m("+7", "zfill", i(4)));
        t(() -> m("abc", "zfill", i(2)));
        t(() -> m("prefix-rest", "removeprefix", s("prefix-")));
        t(() -> m("file.txt", "removesuffix", s(".txt")));
        t(() -> m("file.txt", "removesuffix", s("")));
        t(() -> PyList.of(m("abc", "isascii"), m("\u00e9", "isascii"), m("", "isascii")));
        t(() -> PyList.of(m("ab1", "isalnum"), m("ab 1", "isalnum"), m("", "isalnum")));
        t(() -> PyList.of(m("123", "isdecimal"), m("\u00bd", "isdecimal"), m("\u00bd", "isnumeric"), m("\u00b2", "isdigit"), m("\u00b2", "isdecimal")));
        t(() -> PyList.of(m("abc", "islower"), m("aBc", "islower"), m("123", "islower"), m("ABC1", "isupper"), m("", "isupper")));
        t(() -> PyList.of(m("ab\n", "isprintable"), m("ab c", "isprintable"), m("", "isprintable")));
        t(() -> m("hello wORLD", "capitalize"));
        t(() -> m("hello wORLD it's 3rd", "title"));
        t(() -> m("Hello World", "swapcase"));
        t(() -> m("Stra\u00dfe", "casefold"));
        t(() -> m("Stra\u00dfe", "lower"));
        t(() -> PyList.of(m("Hello World", "istitle"), m("Hello world", "istitle")));
        t(() -> m("a\tbc\td", "expandtabs"));
        t(() -> m("a\tbc\td", "expandtabs", i(4)));
        String expected = new String(getClass().getResourceAsStream("/runtime/strings2.expected").readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(expected, String.join("\n", out) + "\n");
    }
}
