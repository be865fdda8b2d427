package org.ember.interp;

import org.ember.bytecode.RawCode;
import org.ember.runtime.Errors;
import org.ember.runtime.PyCell;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyNone;
import org.ember.runtime.ThreadState;

/**
 * What builtins and sys need from the thread's chain of executing frames: the caller's
 * globals and locals (PEP 667), frame objects by depth, the module a frame runs for.
 * Builtin functions push no frame, so "the current frame" is the Python caller's.
 */
public final class Frames {
    private Frames() {}

    /** The innermost executing Python frame of this thread, or null. */
    public static Frame current() {
        return ThreadState.current().frame;
    }

    /** The frame {@code depth} levels up from the current one; ValueError past the bottom. */
    public static Frame at(int depth) {
        Frame f = current();
        for (int i = 0; i < depth && f != null; i++) f = f.previous;
        if (f == null) throw Errors.valueError("call stack is not deep enough");
        return f;
    }

    /** sys._getframe(depth). */
    public static PyFrame frameObject(int depth) {
        return at(depth).frameObject();
    }

    /** globals(): the current frame's globals (None when no Python code runs). */
    public static Object globals() {
        Frame f = current();
        return f == null ? PyNone.NONE : f.globals;
    }

    /** The current frame's builtins dict, or null. */
    public static PyDict builtins() {
        Frame f = current();
        return f == null ? null : f.builtins;
    }

    /**
     * locals(), PEP 667: in a function a new snapshot dict on every call; in a module or class
     * body (or exec with a locals mapping) the locals mapping itself.
     */
    public static Object locals() {
        Frame f = current();
        if (f == null) return PyNone.NONE;
        if (PyFrame.isOptimized(f.code) || PyFrame.hasHiddenLocals(f)) return new FrameLocalsProxy(f.frameObject()).snapshot();
        return f.locals == null ? PyNone.NONE : f.locals;
    }

    /** sys._getframemodulename(depth): the running function's __module__ (a module's __name__). */
    public static Object moduleName(int depth) {
        Frame f = current();
        for (int i = 0; i < depth && f != null; i++) f = f.previous;
        if (f == null) return PyNone.NONE;
        if (f.function != null) return f.function.module;
        Object name = f.globals.getItemStr("__name__");
        return name == null ? PyNone.NONE : name;
    }

    /** Where a warning is attributed: a frame's file, line and globals (warnings.warn's stacklevel). */
    public record WarningSite(String filename, int lineno, PyDict globals) {}

    /**
     * The frame {@code stacklevel} levels up (1 is the caller of warn), skipping frames whose file
     * starts with one of {@code skipPrefixes} on the way up; null when the stack is not that deep.
     */
    public static WarningSite warningSite(int stacklevel, java.util.List<String> skipPrefixes) {
        Frame f = current();
        for (int level = stacklevel; level > 1 && f != null; level--) {
            f = f.previous;
            while (f != null && !skipPrefixes.isEmpty() && startsWithAny(f.code.raw.fileName(), skipPrefixes)) {
                f = f.previous;
            }
        }
        return f == null ? null : new WarningSite(f.code.raw.fileName(), lineno(f), f.globals);
    }

    private static boolean startsWithAny(String file, java.util.List<String> prefixes) {
        for (String p : prefixes) if (file.startsWith(p)) return true;
        return false;
    }

    /** The line the frame is executing (for warnings and the like). */
    public static int lineno(Frame f) {
        return PyFrame.lineOf(f.code, f.lasti);
    }

    /**
     * super() without arguments: the {@code __class__} cell and the first argument of the
     * calling function's frame, with CPython's RuntimeErrors when either is missing.
     */
    public static Object[] zeroArgSuper() {
        Frame f = current();
        // (CPython says "no current frame" when no Python code runs; only Java callers get here then)
        if (f == null || f.code.raw.argCount() == 0) throw Errors.runtimeError("super(): no arguments");
        Object first = f.values[0];
        if ((f.code.localKind(0) & RawCode.KIND_CELL) != 0 && first instanceof PyCell cell) first = cell.contents;
        if (first == null) throw Errors.runtimeError("super(): arg[0] deleted");
        for (int i = 0; i < f.code.nLocalsPlus; i++) {
            if ((f.code.localKind(i) & RawCode.KIND_FREE) == 0 || !f.code.localsPlusNames[i].value().equals("__class__")) continue;
            if (!(f.values[i] instanceof PyCell cell)) throw Errors.runtimeError("super(): bad __class__ cell");
            if (cell.contents == null) throw Errors.runtimeError("super(): empty __class__ cell");
            if (!(cell.contents instanceof org.ember.runtime.PyType)) {
                throw Errors.runtimeError("super(): __class__ is not a type (%s)", org.ember.runtime.Abstract.typeName(cell.contents));
            }
            return new Object[] {cell.contents, first};
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }
}
