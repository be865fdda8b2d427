package org.ember.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * BaseExceptionGroup / ExceptionGroup (PEP 654): construction with CPython's class selection
 * and messages, {@code message}/{@code exceptions}, {@code derive}, {@code split},
 * {@code subgroup}, and the two pieces of {@code except*} the interpreter needs:
 * {@link #match} (CHECK_EG_MATCH) and {@link #prepReraiseStar} (INTRINSIC_PREP_RERAISE_STAR).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static PyType defineBaseExceptionGroup(PyType baseException) {
        return PyType.builtin("BaseExceptionGroup", PyBaseException.class)
                .base(baseException).subclassable().flags(PyType.HAS_DICT)
                .slots(t -> {
                    t.newInstance = ExceptionGroups::newGroup;
                    t.str = ExceptionGroups::str;
                })
                .dict(d -> {
                    d.getset("message", self -> group(self).groupMessage, null);
                    d.getset("exceptions", self -> group(self).groupExceptions, null);
                    d.method1("derive", (self, excs) -> Abstract.call(Exceptions.BaseExceptionGroup, group(self).groupMessage, excs));
                    d.method1("split", (self, matcher) -> split(group(self), matcher));
                    d.method1("subgroup", (self, matcher) -> subgroup(group(self), matcher));
                })
                .build();
    }

    private static PyBaseException group(Object self) {
        return (PyBaseException) self;
    }

    // ---- construction ---------------------------------------------------------------------------

    private static Object newGroup(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) throw Errors.typeError("%s() takes no keyword arguments", type.name());
        if (nargs != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
        }
        Object message = args[offset], excs = args[offset + 1];
        if (!(message instanceof PyStr msg)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", Abstract.typeName(message));
        }
        if (!isSequence(excs)) throw Errors.typeError("second argument (exceptions) must be a sequence");
        PyTuple items = PyTuple.fromIterable(excs);
        if (items.size() == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean nestsBaseExceptions = false;
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof PyBaseException)) {
                throw Errors.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!Abstract.isInstance(item, Exceptions.Exception)) nestsBaseExceptions = true;
        }
        type = selectClass(type, nestsBaseExceptions);
        PyBaseException group = new PyBaseException(type);
        group.setArgs(PyTuple.of(message, excs));
        group.groupMessage = msg;
        group.groupExceptions = items;
        return group;
    }

    /** BaseExceptionGroup of Exceptions only is an ExceptionGroup; an Exception subclass cannot hold BaseExceptions. */
    private static PyType selectClass(PyType type, boolean nestsBaseExceptions) {
        if (type == Exceptions.BaseExceptionGroup) {
            return nestsBaseExceptions ? type : Exceptions.ExceptionGroup;
        }
        if (type == Exceptions.ExceptionGroup) {
            if (nestsBaseExceptions) throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (nestsBaseExceptions && type.isSubtype(Exceptions.Exception)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '%s'", type.name());
        }
        return type;
    }

    /** PySequence_Check: has __getitem__ and is not a dict. */
    private static boolean isSequence(Object o) {
        PyType t = Abstract.typeOf(o);
        return t.getitem != null && !t.isSubtype(PyDict.TYPE);
    }

    /** A group of {@code excs} with the class BaseExceptionGroup's constructor selects. */
    public static PyBaseException create(String message, Object excs) {
        return (PyBaseException) Abstract.call(Exceptions.BaseExceptionGroup, new PyStr(message), excs);
    }

    public static boolean isGroup(Object o) {
        return o instanceof PyBaseException e && e.groupExceptions != null;
    }

    private static Object str(Object self) {
        PyBaseException g = group(self);
        int n = g.groupExceptions.size();
        return new PyStr(g.groupMessage.value() + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
    }

    // ---- split / subgroup ----------------------------------------------------------------------

    /** What a leaf (or the group itself) is tested with. */
    private sealed interface Matcher {
        boolean matches(PyBaseException exc);
    }

    private record TypeMatcher(Object types) implements Matcher {
        public boolean matches(PyBaseException exc) { return Abstract.isInstance(exc, types); }
    }

    private record PredicateMatcher(Object predicate) implements Matcher {
        public boolean matches(PyBaseException exc) { return Abstract.isTrue(Abstract.call(predicate, exc)); }
    }

    /** Matches the leaves whose identity is in the set (except*'s projection of re-raised leaves). */
    private record IdentityMatcher(Set<PyBaseException> leaves) implements Matcher {
        public boolean matches(PyBaseException exc) { return leaves.contains(exc); }
    }

    private static Matcher matcher(Object value) {
        if (isExceptionClassOrTuple(value)) return new TypeMatcher(value);
        if (!(value instanceof PyType) && Abstract.typeOf(value).call != null) return new PredicateMatcher(value);
        throw Errors.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static boolean isExceptionClassOrTuple(Object value) {
        if (value instanceof PyType t) return t.isSubtype(Exceptions.BaseException);
        if (!(value instanceof PyTuple tuple)) return false;
        for (Object item : tuple.items()) {
            if (!(item instanceof PyType t && t.isSubtype(Exceptions.BaseException))) return false;
        }
        return true;
    }

    private record Split(PyBaseException match, PyBaseException rest) {}

    private static Object split(PyBaseException g, Object matcherValue) {
        Split parts = splitRecursive(g, matcher(matcherValue), true);
        return PyTuple.of(orNone(parts.match()), orNone(parts.rest()));
    }

    private static Object subgroup(PyBaseException g, Object matcherValue) {
        return orNone(splitRecursive(g, matcher(matcherValue), false).match());
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static Split splitRecursive(PyBaseException exc, Matcher matcher, boolean constructRest) {
        if (matcher.matches(exc)) return new Split(exc, null);
        if (!isGroup(exc)) return new Split(null, constructRest ? exc : null);
        List<Object> matched = new ArrayList<>(), rest = new ArrayList<>();
        for (Object item : exc.groupExceptions.items()) {
            Split part = splitRecursive((PyBaseException) item, matcher, constructRest);
            if (part.match() != null) matched.add(part.match());
            if (part.rest() != null) rest.add(part.rest());
        }
        return new Split(subset(exc, matched), constructRest ? subset(exc, rest) : null);
    }

    /** exc.derive(parts) carrying exc's traceback, cause, context and (a copy of) its notes. */
    private static PyBaseException subset(PyBaseException exc, List<Object> parts) {
        if (parts.isEmpty()) return null;
        Object derived = Abstract.invoke(exc, "derive", PyList.of(parts.toArray()));
        if (!isGroup(derived)) throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        PyBaseException eg = (PyBaseException) derived;
        eg.setTraceback(exc.traceback());
        eg.setCauseOnly(exc.cause());
        eg.setContext(exc.context());
        Object notes = Abstract.lookupAttr(exc, new PyStr("__notes__"));
        if (notes != null && isSequence(notes)) Abstract.setAttr(eg, "__notes__", PyList.of(PyTuple.fromIterable(notes).items()));
        return eg;
    }

    // ---- except* --------------------------------------------------------------------------------

    /** (rest, match) for CHECK_EG_MATCH; match is None when nothing matched. */
    public record StarMatch(Object rest, Object match) {}

    /** The part of {@code exc} an {@code except* matchType} clause handles, and the rest. */
    public static StarMatch match(Object exc, Object matchType) {
        checkStarType(matchType);
        if (exc == PyNone.NONE) return new StarMatch(PyNone.NONE, PyNone.NONE);
        PyBaseException e = (PyBaseException) exc;
        if (Abstract.isInstance(e, matchType)) {
            if (isGroup(e)) return new StarMatch(PyNone.NONE, e);
            // a naked exception is wrapped in a group carrying its traceback
            PyBaseException wrapped = create("", PyTuple.of(e));
            wrapped.setTraceback(e.traceback());
            return new StarMatch(PyNone.NONE, wrapped);
        }
        if (isGroup(e)) {
            Split parts = splitRecursive(e, new TypeMatcher(matchType), true);
            return new StarMatch(orNone(parts.rest()), orNone(parts.match()));
        }
        return new StarMatch(e, PyNone.NONE);
    }

    private static void checkStarType(Object matchType) {
        if (matchType instanceof PyTuple tuple) {
            for (Object item : tuple.items()) checkStarType(item);
            return;
        }
        if (!(matchType instanceof PyType t && t.isSubtype(Exceptions.BaseException))) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (t.isSubtype(Exceptions.BaseExceptionGroup)) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /**
     * What leaves a try/except* statement: {@code raised} holds, per clause, the exception its
     * body raised (or None) and last the unhandled rest. Exceptions with the original's metadata
     * were re-raised (bare {@code raise}) and keep the original's nesting; new ones are grouped
     * with them in an unnamed group.
     */
    public static Object prepReraiseStar(Object orig, Object raised) {
        List<Object> excs = List.of(((PyList) raised).toArray());
        if (excs.isEmpty()) return PyNone.NONE;
        if (!isGroup(orig)) return excs.get(0); // a naked exception: at most one clause ran
        PyBaseException original = (PyBaseException) orig;
        List<Object> newlyRaised = new ArrayList<>();
        Set<PyBaseException> reraisedLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object e : excs) {
            if (!(e instanceof PyBaseException exc)) continue;
            if (sameMetadata(exc, original)) collectLeaves(exc, reraisedLeaves);
            else newlyRaised.add(exc);
        }
        PyBaseException reraised = reraisedLeaves.isEmpty() ? null
                : splitRecursive(original, new IdentityMatcher(reraisedLeaves), false).match();
        if (newlyRaised.isEmpty()) return orNone(reraised);
        if (reraised != null) newlyRaised.add(reraised);
        return newlyRaised.size() == 1 ? newlyRaised.get(0) : create("", PyList.of(newlyRaised.toArray()));
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.traceback() == b.traceback() && a.cause() == b.cause() && a.context() == b.context();
    }

    private static void collectLeaves(PyBaseException exc, Set<PyBaseException> leaves) {
        if (!isGroup(exc)) {
            leaves.add(exc);
            return;
        }
        for (Object item : exc.groupExceptions.items()) collectLeaves((PyBaseException) item, leaves);
    }
}
