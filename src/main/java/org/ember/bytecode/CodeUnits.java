package org.ember.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * Ember's code format: an array of 16-bit code units, as CPython's {@code _Py_CODEUNIT}.
 *
 * <p>A unit holds the opcode in its low byte and an 8-bit oparg in its high byte. Larger opargs
 * are spelled with up to three {@code EXTENDED_ARG} prefixes, each contributing the next 8 bits
 * (most significant first). An instruction is followed by {@link Instructions#cacheSize} inline
 * cache units, which start out as zero. Serialized as {@code co_code}, each unit becomes two
 * bytes: opcode, then oparg (CPython's little-endian layout).
 *
 * <p>Jump arguments count code units from the unit after the jump's caches, forwards, or
 * backwards for {@link OpInfo#IS_BACKWARD_JUMP} instructions: see {@link #jumpTarget}.
 */
public final class CodeUnits {
    private CodeUnits() {}

    /** The largest oparg one unit carries without EXTENDED_ARG. */
    public static final int MAX_UNIT_OPARG = 0xFF;

    /** One code unit. The opcode must be a real one (below 256); the oparg's low 8 bits are kept. */
    public static char unit(int opcode, int oparg) {
        requireReal(opcode);
        return (char) (opcode | (oparg & 0xFF) << 8);
    }

    public static int opcode(char unit) {
        return unit & 0xFF;
    }

    public static int oparg(char unit) {
        return unit >>> 8;
    }

    /** EXTENDED_ARG prefixes needed for {@code oparg}: 0 to 3 (opargs are unsigned 32-bit). */
    public static int extendedArgCount(int oparg) {
        if ((oparg & ~0xFF) == 0) return 0;
        if ((oparg & ~0xFFFF) == 0) return 1;
        if ((oparg & ~0xFFFFFF) == 0) return 2;
        return 3;
    }

    /** Units an instruction occupies: its EXTENDED_ARG prefixes, itself and its caches. */
    public static int instructionSize(int opcode, int oparg) {
        requireReal(opcode);
        int prefixes = Instructions.hasArg(opcode) ? extendedArgCount(oparg) : 0;
        return prefixes + 1 + Instructions.cacheSize(opcode);
    }

    /**
     * Writes one instruction at {@code code[at]}: prefixes, the unit, zeroed caches. Returns the
     * index after it. An instruction without an argument is written with oparg 0.
     *
     * @throws IllegalArgumentException for a pseudo-instruction or an undefined opcode
     * @throws ArrayIndexOutOfBoundsException if {@code code} is too short (a caller bug)
     */
    public static int emit(char[] code, int at, int opcode, int oparg) {
        requireReal(opcode);
        if (!Instructions.isValid(opcode)) throw new IllegalArgumentException("unknown opcode " + opcode);
        int arg = Instructions.hasArg(opcode) ? oparg : 0;
        for (int shift = 8 * extendedArgCount(arg); shift > 0; shift -= 8) {
            code[at++] = unit(Opcode.EXTENDED_ARG, arg >>> shift);
        }
        code[at++] = unit(opcode, arg);
        int caches = Instructions.cacheSize(opcode);
        for (int end = at + caches; at < end; at++) code[at] = 0;
        return at;
    }

    /** The {@code co_code} bytes of {@code code}: opcode byte, then oparg byte, per unit. */
    public static byte[] toCoCode(char[] code) {
        byte[] bytes = new byte[code.length * 2];
        for (int i = 0; i < code.length; i++) {
            bytes[2 * i] = (byte) code[i];
            bytes[2 * i + 1] = (byte) (code[i] >>> 8);
        }
        return bytes;
    }

    /** Code units from {@code co_code} bytes; {@link IllegalArgumentException} on an odd length. */
    public static char[] fromCoCode(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            throw new IllegalArgumentException("co_code length must be even, not " + bytes.length);
        }
        char[] code = new char[bytes.length / 2];
        for (int i = 0; i < code.length; i++) {
            code[i] = (char) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] & 0xFF) << 8);
        }
        return code;
    }

    /**
     * The unit index a jump goes to, given the instruction's unit index (not its first prefix)
     * and full oparg; -1 if the opcode has no jump target. Specialized and instrumented forms
     * jump like their generic instruction.
     */
    public static int jumpTarget(int index, int opcode, int oparg) {
        int generic = Instructions.generic(opcode);
        int flags = Instructions.flags(generic);
        if ((flags & OpInfo.HAS_JUMP) == 0) return -1;
        int next = index + 1 + Instructions.cacheSize(generic);
        return (flags & OpInfo.IS_BACKWARD_JUMP) != 0 ? next - oparg : next + oparg;
    }

    /**
     * The oparg a jump at unit {@code index} needs to reach {@code target}. The caller must
     * already know how many prefixes the jump has (they do not move {@code index}).
     */
    public static int jumpOparg(int index, int opcode, int target) {
        int flags = Instructions.flags(opcode);
        int next = index + 1 + Instructions.cacheSize(opcode);
        return (flags & OpInfo.IS_BACKWARD_JUMP) != 0 ? next - target : target - next;
    }

    /**
     * One decoded instruction.
     *
     * @param start index of its first unit, counting EXTENDED_ARG prefixes
     * @param index index of the instruction's own unit
     * @param opcode the opcode
     * @param oparg the full argument with prefixes folded in (wraps like a C int past 31 bits)
     * @param cacheCount cache units after it (fewer if the code ends early)
     */
    public record Decoded(int start, int index, int opcode, int oparg, int cacheCount) {

        /** Index of the next instruction's first unit. */
        public int next() {
            return index + 1 + cacheCount;
        }

        public String name() {
            return Instructions.name(opcode);
        }
    }

    /** Decodes all of {@code code}; see {@link Reader} for an allocation-free walk. */
    public static List<Decoded> decode(char[] code) {
        List<Decoded> out = new ArrayList<>();
        Reader reader = new Reader(code);
        while (reader.next()) {
            out.add(new Decoded(reader.start(), reader.index(), reader.opcode(), reader.oparg(), reader.cacheCount()));
        }
        return out;
    }

    /**
     * Walks code instruction by instruction, folding EXTENDED_ARG prefixes into the oparg and
     * skipping caches. Never throws on malformed code: an unknown opcode has no caches, a
     * trailing EXTENDED_ARG is reported as itself, and caches cut off by the end are counted
     * as far as they go.
     *
     * <p>Instrumented code is walked correctly for the INSTRUMENTED_* twins (they own their
     * base's caches), but INSTRUMENTED_LINE and INSTRUMENTED_INSTRUCTION stand for an original
     * opcode kept in monitoring's side table: code containing them must be read with that
     * original substituted, or the caches after it are taken for instructions.
     */
    public static final class Reader {
        private final char[] code;
        private int position;
        private int start;
        private int index;
        private int opcode;
        private int oparg;
        private int cacheCount;

        public Reader(char[] code) {
            this.code = code;
        }

        /** Moves to the next instruction; false at the end of the code. */
        public boolean next() {
            if (position >= code.length) return false;
            start = position;
            int arg = 0;
            int op = CodeUnits.opcode(code[position]);
            // Fold prefixes, but keep a trailing EXTENDED_ARG (with nothing after it) as itself.
            while (op == Opcode.EXTENDED_ARG && position + 1 < code.length) {
                arg = (arg | CodeUnits.oparg(code[position])) << 8;
                position++;
                op = CodeUnits.opcode(code[position]);
            }
            index = position;
            opcode = op;
            oparg = arg | CodeUnits.oparg(code[position]);
            int caches = Instructions.cacheSize(op);
            cacheCount = Math.min(caches, code.length - position - 1);
            position += 1 + cacheCount;
            return true;
        }

        public int start() {
            return start;
        }

        public int index() {
            return index;
        }

        public int opcode() {
            return opcode;
        }

        public int oparg() {
            return oparg;
        }

        public int cacheCount() {
            return cacheCount;
        }
    }

    private static void requireReal(int opcode) {
        if (opcode < 0 || opcode >= Instructions.MIN_PSEUDO_OPCODE) {
            throw new IllegalArgumentException(opcode >= Instructions.MIN_PSEUDO_OPCODE
                    ? Instructions.name(opcode) + " is a pseudo-instruction and cannot be encoded"
                    : "opcode out of range: " + opcode);
        }
    }
}
