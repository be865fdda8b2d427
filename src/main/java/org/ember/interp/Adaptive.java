package org.ember.interp;

import static org.ember.bytecode.Opcode.*;

import org.ember.bytecode.CodeUnits;
import org.ember.runtime.PyCode;

/**
 * The adaptive counter in the first cache unit of every specializable instruction, encoded as
 * CPython 3.14's backoff counter: {@code value << 4 | backoff} in one 16-bit unit.
 *
 * <ul>
 * <li>A fresh copy starts every counter at the warm-up (value 1, backoff 1): an instruction is
 *     specialized on its second execution.</li>
 * <li>Each execution of the generic form (or a miss of a specialized form) either decrements the
 *     value or, at value 0, calls the specializer ({@link #due}).</li>
 * <li>A successful specialization sets the cool-down (value 52, backoff 0): 53 misses send the
 *     instruction back to the specializer, which re-specializes or restores the generic form.</li>
 * <li>A failed attempt restores the generic form with an exponential backoff: backoff b+1
 *     (capped at 12), value 2^b - 1.</li>
 * <li>Copies that are never specialized (shared under -X tlbc=0, or -X specialize=0) hold the
 *     unreachable value 15 (value 0, backoff 15): never due and never written, so threads sharing
 *     one copy never write to it.</li>
 * </ul>
 * These are CPython's values; nothing measured here suggested better ones.
 */
final class Adaptive {
    private Adaptive() {}

    static final int BACKOFF_BITS = 4;
    static final int WARMUP = 1 << BACKOFF_BITS | 1;
    static final int COOLDOWN = 52 << BACKOFF_BITS;
    static final int UNREACHABLE = 15;
    static final int MAX_BACKOFF = 12;

    /** Family heads the specializer handles: only these get a live counter. */
    private static final boolean[] ADAPTIVE = new boolean[256];
    static {
        for (int op : new int[] {LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, BINARY_OP, COMPARE_OP, TO_BOOL, CALL,
                FOR_ITER, CONTAINS_OP, STORE_SUBSCR, UNPACK_SEQUENCE, CALL_KW, LOAD_SUPER_ATTR, SEND, JUMP_BACKWARD}) {
            ADAPTIVE[op] = true;
        }
        PyCode.setCopyInitializer(Adaptive::initialize);
    }

    /** Forces the class (and its copy initializer) to load before any code copy is made. */
    static void install() { }

    static boolean isAdaptive(int op) {
        return ADAPTIVE[op];
    }

    /** Sets the counters of a fresh code copy: warm-up when it may be specialized, else unreachable. */
    static void initialize(char[] units, boolean adaptive) {
        CodeUnits.Reader reader = new CodeUnits.Reader(units);
        while (reader.next()) {
            if (ADAPTIVE[reader.opcode()] && reader.cacheCount() > 0) {
                int warmup = reader.opcode() == JUMP_BACKWARD ? HotLoops.INITIAL : WARMUP; // back edges: see HotLoops
                units[reader.index() + 1] = (char) (adaptive ? warmup : UNREACHABLE);
            }
        }
    }

    /**
     * Counts one execution of a generic form (or one miss of a specialized one): true when the
     * counter has run out and the specializer should look at the operands now.
     */
    static boolean due(char[] code, int cache) {
        int c = code[cache];
        if (c >= 1 << BACKOFF_BITS) {
            code[cache] = (char) (c - (1 << BACKOFF_BITS));
            return false;
        }
        return c != UNREACHABLE;
    }

    /** The counter after a failed attempt: generic form, exponential backoff. */
    static char backoff(char counter) {
        int backoff = Math.min((counter & 15) + 1, MAX_BACKOFF);
        return (char) (((1 << backoff) - 1) << BACKOFF_BITS | backoff);
    }
}
