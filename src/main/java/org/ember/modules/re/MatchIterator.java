package org.ember.modules.re;

import org.ember.runtime.*;

/** What {@code finditer} returns: successive non-overlapping matches (CPython's callable_iterator). */
final class MatchIterator extends PyObject {

    static final PyType TYPE = PyType.builtin("callable_iterator", MatchIterator.class)
            .slots(t -> {
                t.iter = self -> self;
                t.iternext = self -> ((MatchIterator) self).next();
            })
            .build();

    private final PatternObject pattern;
    private final Subject subject;
    private final int pos, endpos;
    private final Matcher matcher;
    private int start;
    private boolean done;

    MatchIterator(PatternObject pattern, Subject subject, int pos, int endpos) {
        this.pattern = pattern;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.matcher = new Matcher(pattern.program, subject, endpos);
        this.start = pos;
        this.done = pos > endpos;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized Object next() {
        if (done || start > endpos || !matcher.search(start)) {
            done = true;
            return null;
        }
        int[] r = matcher.regs;
        matcher.noEmptyAt = r[1] == r[0] ? r[1] : -1;
        start = r[1];
        return new MatchObject(pattern, subject, pos, endpos, r.clone());
    }
}
