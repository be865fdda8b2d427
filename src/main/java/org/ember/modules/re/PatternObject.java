package org.ember.modules.re;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ember.runtime.*;

/** {@code re.Pattern}: a compiled pattern and the searching methods. */
public final class PatternObject extends PyObject {

    public static final PyType TYPE = PyType.builtin("Pattern", PatternObject.class)
            .module("re")
            .slots(t -> {
                t.repr = self -> new PyStr(((PatternObject) self).repr());
                t.hash = self -> ((PatternObject) self).hashValue();
                t.richcompare = PatternObject::compare;
            })
            .dict(PatternObject::fillDict)
            .build();

    final Program program;
    /** The pattern as given (a str). */
    final PyObject pattern;
    final ReModule.Context context;
    private PyObject groupIndexProxy;

    PatternObject(Program program, PyObject pattern, ReModule.Context context) {
        this.program = program;
        this.pattern = pattern;
        this.context = context;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PatternObject self(Object o) {
        return (PatternObject) o;
    }

    private static final String[] POS_NAMES = {"string", "pos", "endpos"};

    private static void fillDict(TypeBuilder d) {
        d.method("match", ArgSpec.keywords("match", 0, 1, 3, POS_NAMES),
                (self, a) -> self(self).run(a, Mode.MATCH));
        d.method("fullmatch", ArgSpec.keywords("fullmatch", 0, 1, 3, POS_NAMES),
                (self, a) -> self(self).run(a, Mode.FULLMATCH));
        d.method("search", ArgSpec.keywords("search", 0, 1, 3, POS_NAMES),
                (self, a) -> self(self).run(a, Mode.SEARCH));
        d.method("findall", ArgSpec.keywords("findall", 0, 1, 3, POS_NAMES),
                (self, a) -> self(self).findall(a));
        d.method("finditer", ArgSpec.keywords("finditer", 0, 1, 3, POS_NAMES),
                (self, a) -> self(self).finditer(a));
        d.method("split", ArgSpec.keywords("split", 0, 1, 2, "string", "maxsplit"),
                (self, a) -> self(self).split(a[0], a[1] == null ? 0 : Abstract.asSize(a[1], Exceptions.OverflowError)));
        d.method("sub", ArgSpec.keywords("sub", 0, 2, 3, "repl", "string", "count"),
                (self, a) -> self(self).sub(a[0], a[1], count(a[2]), false));
        d.method("subn", ArgSpec.keywords("subn", 0, 2, 3, "repl", "string", "count"),
                (self, a) -> self(self).sub(a[0], a[1], count(a[2]), true));
        d.method0("__copy__", self -> self);
        d.method1("__deepcopy__", (self, memo) -> self);
        d.getset("pattern", self -> self(self).pattern, null);
        d.getset("flags", self -> PyInt.of(self(self).program.flags), null);
        d.getset("groups", self -> PyInt.of(self(self).program.groups - 1), null);
        d.getset("groupindex", self -> self(self).groupIndex(), null);
    }

    private static long count(Object o) {
        return o == null ? 0 : Abstract.asSize(o, Exceptions.OverflowError);
    }

    enum Mode { MATCH, FULLMATCH, SEARCH }

    // ---- the string being searched and the pos/endpos bounds ----

    /** Whether this is a bytes pattern. */
    boolean isBytes() {
        return PyStr.asStr(pattern) == null;
    }

    Subject subject(Object string) {
        PyStr s = PyStr.asStr(string);
        if (s != null) {
            if (isBytes()) throw Errors.typeError("cannot use a bytes pattern on a string-like object");
            return new Subject.Str(s, (PyObject) string);
        }
        PyBytes b = PyBytes.asBytes(string);
        byte[] data = b != null ? b.bytes() : PyBuffer.bytesOf(string);
        if (data == null) {
            throw Errors.typeError("expected string or bytes-like object, got '%s'", Abstract.typeName(string));
        }
        if (!isBytes()) throw Errors.typeError("cannot use a string pattern on a bytes-like object");
        return new Subject.Bytes(data, (PyObject) string);
    }

    /** The text built by sub/expand, as a str or (for a bytes pattern) bytes. */
    PyObject result(StringBuilder out) {
        if (!isBytes()) return new PyStr(out.toString());
        return new PyBytes(out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static int bound(Object o, long dflt, int length) {
        long v = o == null ? dflt : Abstract.asSize(o, Exceptions.OverflowError);
        if (v < 0) return 0;
        return (int) Math.min(v, length);
    }

    Object run(Object[] a, Mode mode) {
        Subject s = subject(a[0]);
        int n = s.length();
        int pos = bound(a[1], 0, n), endpos = bound(a[2], Long.MAX_VALUE, n);
        if (pos > endpos) return PyNone.NONE;
        Matcher m = new Matcher(program, s, endpos);
        boolean found = switch (mode) {
            case MATCH -> m.matchAt(pos, false);
            case FULLMATCH -> m.matchAt(pos, true);
            case SEARCH -> m.search(pos);
        };
        return found ? new MatchObject(this, s, pos, endpos, m.regs.clone()) : PyNone.NONE;
    }

    Object findall(Object[] a) {
        Subject s = subject(a[0]);
        int n = s.length();
        int pos = bound(a[1], 0, n), endpos = bound(a[2], Long.MAX_VALUE, n);
        PyList result = new PyList();
        if (pos > endpos) return result;
        Matcher m = new Matcher(program, s, endpos);
        int groups = program.groups - 1;
        int start = pos;
        while (start <= endpos && m.search(start)) {
            int[] r = m.regs;
            if (groups == 0) {
                result.append(s.slice(r[0], r[1]));
            } else if (groups == 1) {
                result.append(groupOrEmpty(s, r, 1));
            } else {
                Object[] items = new Object[groups];
                for (int g = 1; g <= groups; g++) items[g - 1] = groupOrEmpty(s, r, g);
                result.append(PyTuple.of(items));
            }
            m.noEmptyAt = r[1] == r[0] ? r[1] : -1;
            start = r[1];
        }
        return result;
    }

    private static PyObject groupOrEmpty(Subject s, int[] r, int g) {
        int st = r[2 * g], en = r[2 * g + 1];
        if (st < 0 || en < 0 || en < st) return s.slice(0, 0);
        return s.slice(st, en);
    }

    Object finditer(Object[] a) {
        Subject s = subject(a[0]);
        int n = s.length();
        int pos = bound(a[1], 0, n), endpos = bound(a[2], Long.MAX_VALUE, n);
        return new MatchIterator(this, s, pos, endpos);
    }

    Object split(Object string, long maxsplit) {
        Subject s = subject(string);
        int endpos = s.length();
        PyList result = new PyList();
        Matcher m = new Matcher(program, s, endpos);
        int last = 0, start = 0;
        long n = 0;
        while (maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) && start <= endpos && m.search(start)) {
            int[] r = m.regs;
            result.append(s.slice(last, r[0]));
            for (int g = 1; g < program.groups; g++) {
                int st = r[2 * g], en = r[2 * g + 1];
                result.append(st < 0 || en < 0 || en < st ? PyNone.NONE : s.slice(st, en));
            }
            n++;
            m.noEmptyAt = r[1] == r[0] ? r[1] : -1;
            last = start = r[1];
        }
        result.append(s.slice(last, endpos));
        return result;
    }

    Object sub(Object repl, Object string, long count, boolean withCount) {
        Subject s = subject(string);
        Template template = null;
        Object callable = null;
        boolean templateWrongKind = false;
        if (PyStr.asStr(repl) != null || PyBuffer.of(repl) != null) {
            template = parseTemplate(repl, true);
            templateWrongKind = (PyStr.asStr(repl) != null) == isBytes();
        } else if (Abstract.typeOf(repl).call != null || Abstract.lookupAttr(repl, new PyStr("__call__")) != null) {
            callable = repl;
        } else {
            // CPython's message: it tries to read a non-callable replacement as text
            throw Errors.typeError("decoding to str: need a bytes-like object, %s found", Abstract.typeName(repl));
        }
        int endpos = s.length();
        Matcher m = new Matcher(program, s, endpos);
        StringBuilder out = new StringBuilder();
        int last = 0, start = 0;
        long n = 0;
        int pieces = 0;  // CPython joins a list of pieces: its errors name the bad piece's index
        while ((count <= 0 || n < count) && start <= endpos && m.search(start)) {
            int[] r = m.regs;
            if (last < r[0]) pieces++;
            appendSlice(out, s, last, r[0]);
            if (template != null) {
                if (templateWrongKind) throw wrongPiece(pieces, repl);
                template.expand(out, s, r);
            } else {
                Object item = Abstract.call(callable, new MatchObject(this, s, 0, endpos, r.clone()));
                if (item != PyNone.NONE) {
                    appendPiece(out, item, pieces);
                    pieces++;
                }
            }
            n++;
            m.noEmptyAt = r[1] == r[0] ? r[1] : -1;
            last = start = r[1];
        }
        if (count < 0) {
            n = 0;
            out.setLength(0);
            last = 0;
        }
        appendSlice(out, s, last, endpos);
        PyObject result = result(out);
        return withCount ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    private PyException wrongPiece(int index, Object item) {
        return isBytes()
                ? Errors.typeError("sequence item %d: expected a bytes-like object, %s found", index, Abstract.typeName(item))
                : Errors.typeError("sequence item %d: expected str instance, %s found", index, Abstract.typeName(item));
    }

    /** What a callable replacement returned, appended (str for str patterns, bytes-like for bytes). */
    private void appendPiece(StringBuilder out, Object item, int index) {
        if (!isBytes()) {
            PyStr piece = PyStr.asStr(item);
            if (piece == null) throw wrongPiece(index, item);
            out.append(piece.value());
        } else {
            byte[] piece = PyBuffer.bytesOf(item);
            if (piece == null) throw wrongPiece(index, item);
            out.append(new String(piece, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    /** A replacement template: a str for a str pattern, a bytes-like object for a bytes pattern. */
    Template parseTemplate(Object template) {
        return parseTemplate(template, false);
    }

    /** With {@code eitherKind}, a template of the other kind is parsed too (sub fails later, as CPython). */
    Template parseTemplate(Object template, boolean eitherKind) {
        int[] codes;
        if (PyStr.asStr(template) != null && (!isBytes() || eitherKind)) {
            codes = PyStr.asStr(template).value().codePoints().toArray();
        } else if (!isBytes() && !(eitherKind && PyBuffer.of(template) != null)) {
            throw Errors.typeError("expected str instance, %s found", Abstract.typeName(template));
        } else {
            byte[] b = PyBuffer.bytesOf(template);
            if (b == null) {
                throw Errors.typeError("expected a bytes-like object, %s found", Abstract.typeName(template));
            }
            codes = new int[b.length];
            for (int i = 0; i < b.length; i++) codes[i] = b[i] & 0xff;
        }
        try {
            return Template.parse(codes, this);
        } catch (RegexError e) {
            throw context.toPython(e, (PyObject) template);
        }
    }

    static void appendSlice(StringBuilder out, Subject s, int start, int end) {
        if (s instanceof Subject.Bytes b) {
            for (int i = start; i < end; i++) out.append((char) (b.data[i] & 0xff));
            return;
        }
        if (s instanceof Subject.Str str) {
            PyStr ps = str.str;
            if (ps.length() == ps.value().length()) {
                out.append(ps.value(), start, end);
                return;
            }
        }
        for (int i = start; i < end; i++) out.appendCodePoint(s.at(i));
    }

    private PyObject groupIndex() {
        if (groupIndexProxy == null) {
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : program.groupIndex.entrySet()) {
                d.setItem(new PyStr(e.getKey()), PyInt.of(e.getValue()));
            }
            groupIndexProxy = new PyMappingProxy(d);
        }
        return groupIndexProxy;
    }

    // ---- repr, equality ----

    private static final String[][] FLAG_NAMES = {
            {"1", "re.TEMPLATE"}, {"2", "re.IGNORECASE"}, {"4", "re.LOCALE"}, {"8", "re.MULTILINE"},
            {"16", "re.DOTALL"}, {"32", "re.UNICODE"}, {"64", "re.VERBOSE"}, {"128", "re.DEBUG"},
            {"256", "re.ASCII"}};

    private String repr() {
        String p = Abstract.repr(pattern).value();
        if (p.codePointCount(0, p.length()) > 200) p = p.substring(0, p.offsetByCodePoints(0, 200));
        int flags = program.flags;
        if (!isBytes()) {
            if ((flags & (RegexParser.FLAG_LOCALE | RegexParser.FLAG_UNICODE | RegexParser.FLAG_ASCII))
                    == RegexParser.FLAG_UNICODE) {
                flags &= ~RegexParser.FLAG_UNICODE;
            }
        }
        if (flags == 0) return "re.compile(" + p + ")";
        List<String> names = new ArrayList<>();
        for (String[] f : FLAG_NAMES) {
            int bit = Integer.parseInt(f[0]);
            if ((flags & bit) != 0) {
                names.add(f[1]);
                flags &= ~bit;
            }
        }
        if (flags != 0) names.add("0x" + Integer.toHexString(flags));
        return "re.compile(" + p + ", " + String.join("|", names) + ")";
    }

    private long hashValue() {
        long h = Abstract.hash(pattern);
        h ^= program.flags * 1000003L;
        return h == -1 ? -2 : h;
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof PatternObject pb)) {
            return PyNotImplemented.INSTANCE;
        }
        PatternObject pa = (PatternObject) a;
        boolean eq = pa == pb || (pa.program.flags == pb.program.flags
                && Abstract.typeOf(pa.pattern) == Abstract.typeOf(pb.pattern)
                && Abstract.richCompareBool(pa.pattern, pb.pattern, CompareOp.EQ));
        return op.ofEquality(eq);
    }
}
