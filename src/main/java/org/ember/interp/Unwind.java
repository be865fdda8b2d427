package org.ember.interp;

import org.ember.compiler.ExceptionTable;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyTraceback;
import org.ember.runtime.ThreadState;

/** Exception unwinding within one frame: traceback entry, context, exception-table lookup. */
final class Unwind {
    private Unwind() {}

    /**
     * Prepares {@code f} to continue at the handler for the exception raised at {@code f.lasti}:
     * returns false when the frame has no handler there (the exception leaves the frame).
     */
    static boolean toHandler(Frame f, ThreadState ts, PyException e) {
        PyBaseException exc = e.value;
        if (!f.reraising) {
            exc.setTraceback(new PyTraceback(exc.traceback(), f.code, f.lasti, f));
            if (!e.contextChained) setContext(exc, ts.handledException);
        }
        e.contextChained = true;
        f.reraising = false;
        // after RERAISE n the frame's position is the original raise (CPython's instr_ptr): what a
        // lasti-pushing handler saves, and the frame's line if the exception leaves it
        int position = f.reraisedFrom >= 0 ? f.reraisedFrom : f.lasti;
        f.reraisedFrom = -1;
        int[] handlers = f.code.exceptionHandlers();
        int at = ExceptionTable.flatHandler(handlers, f.lasti);
        if (at < 0) {
            f.lasti = position;
            java.util.Arrays.fill(f.values, f.stackBase, f.values.length, null);
            f.sp = f.stackBase;
            return false;
        }
        int sp = f.stackBase + handlers[at + 3];
        java.util.Arrays.fill(f.values, sp, f.values.length, null);
        if (handlers[at + 4] != 0) f.values[sp++] = PyInt.of(position);
        f.values[sp++] = exc;
        f.sp = sp;
        f.pc = handlers[at + 2];
        return true;
    }

    /**
     * Implicit chaining: the exception being handled becomes the new one's __context__. As CPython
     * does, a cycle is avoided by cutting the handled exception's chain where it reaches the new
     * one (re-raising an earlier exception while handling a later one); a chain that is already
     * cyclic is walked once (the slow pointer of Floyd's cycle check meets the fast one).
     */
    static void setContext(PyBaseException exc, PyBaseException handled) {
        if (handled == null || handled == exc) return;
        PyBaseException slow = handled;
        boolean moveSlow = false;
        for (PyBaseException link = handled, next; (next = link.context()) != null; link = next) {
            if (next == exc) {
                link.setContext(null);
                break;
            }
            if (next == slow) break;
            if (moveSlow) slow = slow.context();
            moveSlow = !moveSlow;
        }
        if (exc.context() == null) exc.setContext(handled);
    }

}
