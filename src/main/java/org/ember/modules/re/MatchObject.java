package org.ember.modules.re;

import org.ember.runtime.*;

/** {@code re.Match}: the result of a successful match. */
public final class MatchObject extends PyObject {

    public static final PyType TYPE = PyType.builtin("Match", MatchObject.class)
            .module("re")
            .slots(t -> {
                t.repr = self -> new PyStr(((MatchObject) self).repr());
                t.getitem = (self, key) -> ((MatchObject) self).group(key);
                // m[g] is a mapping lookup in CPython: a Match is not iterable
                t.iter = self -> {
                    throw Errors.typeError("'re.Match' object is not iterable");
                };
                t.bool = self -> true;
            })
            .dict(MatchObject::fillDict)
            .build();

    final PatternObject pattern;
    final Subject subject;
    final int pos, endpos;
    /** Capture slots: 2 per group (group 0 first), then lastindex; -1 = unset. */
    final int[] regs;

    MatchObject(PatternObject pattern, Subject subject, int pos, int endpos, int[] regs) {
        this.pattern = pattern;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.regs = regs;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static MatchObject self(Object o) {
        return (MatchObject) o;
    }

    private static void fillDict(TypeBuilder d) {
        d.method("group", ArgSpec.varargs("group"), (self, a) -> self(self).groupCall((PyTuple) a[0]));
        d.method("groups", ArgSpec.keywords("groups", 0, 0, 1, "default"),
                (self, a) -> self(self).groups(a[0] == null ? PyNone.NONE : a[0]));
        d.method("groupdict", ArgSpec.keywords("groupdict", 0, 0, 1, "default"),
                (self, a) -> self(self).groupdict(a[0] == null ? PyNone.NONE : a[0]));
        d.method("start", ArgSpec.positional("start", 0, 1),
                (self, a) -> PyInt.of(self(self).slot(a[0], 0)));
        d.method("end", ArgSpec.positional("end", 0, 1),
                (self, a) -> PyInt.of(self(self).slot(a[0], 1)));
        d.method("span", ArgSpec.positional("span", 0, 1), (self, a) -> self(self).span(a[0]));
        d.method("expand", ArgSpec.keywords("expand", 0, 1, 1, "template"), (self, a) -> self(self).expand(a[0]));
        d.method0("__copy__", self -> self);
        d.method1("__deepcopy__", (self, memo) -> self);
        d.getset("lastindex", self -> self(self).lastIndex(), null);
        d.getset("lastgroup", self -> self(self).lastGroup(), null);
        d.getset("re", self -> self(self).pattern, null);
        d.getset("string", self -> self(self).subject.object(), null);
        d.getset("pos", self -> PyInt.of(self(self).pos), null);
        d.getset("endpos", self -> PyInt.of(self(self).endpos), null);
        d.getset("regs", self -> self(self).regsTuple(), null);
    }

    private int groupCount() {
        return pattern.program.groups;
    }

    /** The group number an index object names; IndexError "no such group" otherwise. */
    int index(Object key) {
        if (key instanceof PyInt i) {
            if (i.fitsLong() && i.longValue() >= 0 && i.longValue() < groupCount()) return (int) i.longValue();
            throw Errors.indexError("no such group");
        }
        if (PyStr.asStr(key) != null) {
            Integer g = pattern.program.groupIndex.get(PyStr.asStr(key).value());
            if (g != null) return g;
            throw Errors.indexError("no such group");
        }
        if (Abstract.typeOf(key).index != null) {
            PyInt i = Abstract.index(key);
            if (i.fitsLong() && i.longValue() >= 0 && i.longValue() < groupCount()) return (int) i.longValue();
        }
        throw Errors.indexError("no such group");
    }

    private boolean matched(int g) {
        int st = regs[2 * g], en = regs[2 * g + 1];
        return st >= 0 && en >= 0 && en >= st;
    }

    Object groupValue(int g, Object dflt) {
        if (!matched(g)) return dflt;
        return subject.slice(regs[2 * g], regs[2 * g + 1]);
    }

    Object group(Object key) {
        return groupValue(index(key), PyNone.NONE);
    }

    private Object groupCall(PyTuple args) {
        int n = args.size();
        if (n == 0) return groupValue(0, PyNone.NONE);
        if (n == 1) return group(args.get(0));
        Object[] items = new Object[n];
        for (int k = 0; k < n; k++) items[k] = group(args.get(k));
        return PyTuple.of(items);
    }

    private Object groups(Object dflt) {
        Object[] items = new Object[groupCount() - 1];
        for (int g = 1; g < groupCount(); g++) items[g - 1] = groupValue(g, dflt);
        return PyTuple.of(items);
    }

    private Object groupdict(Object dflt) {
        PyDict d = new PyDict();
        for (var e : pattern.program.groupIndex.entrySet()) {
            d.setItem(new PyStr(e.getKey()), groupValue(e.getValue(), dflt));
        }
        return d;
    }

    private int slot(Object key, int which) {
        int g = key == null ? 0 : index(key);
        return matched(g) ? regs[2 * g + which] : -1;
    }

    private Object span(Object key) {
        int g = key == null ? 0 : index(key);
        return spanOf(g);
    }

    private PyTuple spanOf(int g) {
        if (!matched(g)) return PyTuple.of(PyInt.of(-1), PyInt.of(-1));
        return PyTuple.of(PyInt.of(regs[2 * g]), PyInt.of(regs[2 * g + 1]));
    }

    private Object regsTuple() {
        Object[] items = new Object[groupCount()];
        for (int g = 0; g < groupCount(); g++) items[g] = spanOf(g);
        return PyTuple.of(items);
    }

    private Object lastIndex() {
        int li = regs[pattern.program.lastIndexRegister()];
        return li < 0 ? PyNone.NONE : PyInt.of(li);
    }

    private Object lastGroup() {
        int li = regs[pattern.program.lastIndexRegister()];
        if (li < 0) return PyNone.NONE;
        for (var e : pattern.program.groupIndex.entrySet()) {
            if (e.getValue() == li) return new PyStr(e.getKey());
        }
        return PyNone.NONE;
    }

    private Object expand(Object template) {
        StringBuilder out = new StringBuilder();
        pattern.parseTemplate(template).expand(out, subject, regs);
        return pattern.result(out);
    }

    private String repr() {
        String m = Abstract.repr(groupValue(0, PyNone.NONE)).value();
        if (m.codePointCount(0, m.length()) > 50) m = m.substring(0, m.offsetByCodePoints(0, 50));
        return "<re.Match object; span=(" + regs[0] + ", " + regs[1] + "), match=" + m + ">";
    }
}
