package org.ember.modules.re;

import java.util.Arrays;

/**
 * The backtracking matcher. It never recurses: alternatives, undo records for registers,
 * atomic/look-around marks and single-character repeat states all live on one explicit int
 * stack (four ints per entry), so long inputs cannot overflow the Java stack.
 */
final class Matcher {
    private static final int[] NEWLINE = {'\n'};
    private static final int K_BRANCH = 1, K_RESTORE = 2, K_MARK = 3, K_NEG = 4, K_REPG = 5, K_REPL = 6;

    private final Program prog;
    private final int[] code;
    private final Subject s;
    /** The end of the searched region (endpos). */
    final int end;
    final int[] regs;
    private int[] stack = new int[32];
    /** A position where an empty match is refused (CPython's must_advance), or -1. */
    int noEmptyAt = -1;
    private int sp;

    Matcher(Program prog, Subject s, int end) {
        this.prog = prog;
        this.code = prog.code;
        this.s = s;
        this.end = end;
        this.regs = new int[prog.registers];
    }

    /** Tries a match starting exactly at {@code start}; on success regs[0..1] is the span. */
    boolean matchAt(int start, boolean full) {
        Arrays.fill(regs, -1);
        sp = 0;
        return run(start, full);
    }

    /**
     * Finds the leftmost match starting in [from, end]. A failed attempt leaves every register
     * as it found it (all changes are undone while backtracking), so they are reset only once.
     */
    boolean search(int from) {
        if (prog.anchoredAtStart) return from == 0 && matchAt(0, false);
        Arrays.fill(regs, -1);
        sp = 0;
        int[] prefix = prog.prefix;
        FirstChars first = prog.firstSet;
        // a leading anchor (\b, MULTILINE ^, ...) is checked here, before entering the matcher
        boolean leadingAnchor = code[0] == Op.AT;
        for (int start = from; start <= end; start++) {
            if (leadingAnchor && code[1] == Op.AT_BEGINNING_LINE && start > 0 && s.at(start - 1) != '\n') {
                start = s.indexOf(NEWLINE, start, end);
                if (start < 0) return false;
                start++;
            }
            if (prefix != null) {
                start = s.indexOf(prefix, start, end);
                if (start < 0) return false;
            } else if (first != null) {
                while (start < end && !first.matches(s.at(start))) start++;
                if (start >= end) return false;
            }
            if (leadingAnchor && !at(code[1], code[2], start)) continue;
            if (run(start, false)) return true;
        }
        return false;
    }

    private void push(int kind, int a, int b, int c) {
        if (sp + 4 > stack.length) stack = Arrays.copyOf(stack, stack.length * 2);
        stack[sp] = kind;
        stack[sp + 1] = a;
        stack[sp + 2] = b;
        stack[sp + 3] = c;
        sp += 4;
    }

    private void setReg(int r, int value) {
        int old = regs[r];
        if (old == value) return;
        push(K_RESTORE, r, old, 0);
        regs[r] = value;
    }

    private boolean one(int ipc, int ch) {
        return switch (code[ipc]) {
            case Op.CHAR -> ch == code[ipc + 1];
            case Op.CHAR_I -> inFold(prog.folds[code[ipc + 2]], ch);
            case Op.NOT_CHAR -> ch != code[ipc + 1];
            case Op.NOT_CHAR_I -> !inFold(prog.folds[code[ipc + 2]], ch);
            case Op.ANY -> ch != '\n';
            case Op.ANY_ALL -> true;
            case Op.SET -> prog.sets[code[ipc + 1]].matches(ch);
            default -> throw new IllegalStateException("not a single-character item: " + code[ipc]);
        };
    }

    private static boolean inFold(int[] fold, int ch) {
        for (int x : fold) {
            if (x == ch) return true;
        }
        return false;
    }

    private boolean run(int start, boolean full) {
        final int[] code = this.code;
        final Subject s = this.s;
        final int end = this.end;
        int pc = 0;
        int pos = start;
        main:
        while (true) {
            int op = code[pc];
            switch (op) {
                case Op.CHAR -> {
                    if (pos < end && s.at(pos) == code[pc + 1]) {
                        pos++;
                        pc += 2;
                        continue main;
                    }
                }
                case Op.CHAR_I, Op.NOT_CHAR, Op.NOT_CHAR_I, Op.ANY, Op.ANY_ALL, Op.SET -> {
                    if (pos < end && one(pc, s.at(pos))) {
                        pos++;
                        pc += Op.length(op);
                        continue main;
                    }
                }
                case Op.AT -> {
                    if (at(code[pc + 1], code[pc + 2], pos)) {
                        pc += 3;
                        continue main;
                    }
                }
                case Op.SAVE -> {
                    int slot = code[pc + 1];
                    setReg(slot, pos);
                    if ((slot & 1) != 0) setReg(prog.lastIndexRegister(), slot >> 1);
                    pc += 2;
                    continue main;
                }
                case Op.SPLIT -> {
                    push(K_BRANCH, code[pc + 1], pos, 0);
                    pc += 2;
                    continue main;
                }
                case Op.JMP -> {
                    pc = code[pc + 1];
                    continue main;
                }
                case Op.REPEAT_ONE -> {
                    int next = repeatOne(pc, pos);
                    if (next >= 0) {
                        pos = next;
                        pc = pc + 4 + Op.length(code[pc + 4]);
                        continue main;
                    }
                }
                case Op.BACKREF -> {
                    int next = backref(code[pc + 1], code[pc + 2], pos);
                    if (next >= 0) {
                        pos = next;
                        pc += 3;
                        continue main;
                    }
                }
                case Op.GROUP_EXISTS -> {
                    pc = groupMatched(code[pc + 1]) ? pc + 3 : code[pc + 2];
                    continue main;
                }
                case Op.MARK -> {
                    push(K_MARK, pos, 0, 0);
                    pc += 1;
                    continue main;
                }
                case Op.ATOMIC_END -> {
                    cutToMark();
                    pc += 1;
                    continue main;
                }
                case Op.LOOK_END -> {
                    pos = cutToMark();
                    pc += 1;
                    continue main;
                }
                case Op.NEG_START -> {
                    push(K_NEG, code[pc + 1], pos, 0);
                    pc += 2;
                    continue main;
                }
                case Op.NEG_END -> {
                    unwindNegative();
                }
                case Op.BEHIND -> {
                    int w = code[pc + 1];
                    if (pos >= w) {
                        pos -= w;
                        pc += 2;
                        continue main;
                    }
                }
                case Op.REP_INIT -> {
                    setReg(code[pc + 1], 0);
                    pc += 2;
                    continue main;
                }
                case Op.REP_LOOP -> {
                    int n = regs[code[pc + 1]];
                    int min = code[pc + 2], max = code[pc + 3], kind = code[pc + 4], exit = code[pc + 5];
                    if (n < min) {
                        pc += 6;
                    } else if (n >= max) {
                        pc = exit;
                    } else if (kind == Op.LAZY) {
                        push(K_BRANCH, pc + 6, pos, 0);
                        pc = exit;
                    } else {
                        push(K_BRANCH, exit, pos, 0);
                        pc += 6;
                    }
                    continue main;
                }
                case Op.REP_ENTER -> {
                    int counter = code[pc + 1], n = regs[counter];
                    // No further iteration after an optional one that matched nothing (CPython's
                    // last_ptr rule; a greedy loop never gets here in that state, see REP_END).
                    if (n <= code[pc + 3] || pos != regs[code[pc + 2]]) {
                        setReg(counter, n + 1);
                        setReg(code[pc + 2], pos);
                        pc += 4;
                        continue main;
                    }
                }
                case Op.REP_END -> {
                    int n = regs[code[pc + 1]];
                    if (code[pc + 4] != Op.LAZY && n > code[pc + 3] && pos == regs[code[pc + 2]]) {
                        // A greedy optional iteration matched nothing: go on with the rest.
                        pc += 6;
                    } else {
                        // back to REP_LOOP (a lazy loop tries the rest first even after an empty iteration)
                        pc = code[pc + 5];
                    }
                    continue main;
                }
                case Op.FAIL -> { }
                case Op.MATCH -> {
                    if ((!full || pos == end) && !(pos == start && start == noEmptyAt)) {
                        regs[0] = start;
                        regs[1] = pos;
                        return true;
                    }
                }
                default -> throw new IllegalStateException("bad opcode " + op);
            }
            // failure: backtrack to the most recent alternative
            while (true) {
                if (sp == 0) return false;
                sp -= 4;
                int kind = stack[sp];
                if (kind == K_RESTORE) {
                    regs[stack[sp + 1]] = stack[sp + 2];
                } else if (kind == K_BRANCH || kind == K_NEG) {
                    pc = stack[sp + 1];
                    pos = stack[sp + 2];
                    continue main;
                } else if (kind == K_REPG) {
                    int rpc = stack[sp + 1], st = stack[sp + 2], count = stack[sp + 3] - 1;
                    int min = code[rpc + 2];
                    int next = rpc + 4 + Op.length(code[rpc + 4]);
                    count = fitNextChar(next, st, count, min);
                    if (count < min) continue;
                    if (count > min) {
                        stack[sp + 3] = count;
                        sp += 4;
                    }
                    pos = st + count;
                    pc = next;
                    continue main;
                } else if (kind == K_REPL) {
                    int rpc = stack[sp + 1], st = stack[sp + 2], count = stack[sp + 3];
                    int p = st + count;
                    if (count >= code[rpc + 3] || p >= end || !one(rpc + 4, s.at(p))) continue;
                    count++;
                    stack[sp + 3] = count;
                    sp += 4;
                    pos = st + count;
                    pc = rpc + 4 + Op.length(code[rpc + 4]);
                    continue main;
                }
                // K_MARK: nothing to undo
            }
        }
    }

    /** Lowers a greedy count until the character after the run can start the continuation. */
    private int fitNextChar(int next, int st, int count, int min) {
        if (code[next] != Op.CHAR) return count;
        int c = code[next + 1];
        while (count >= min && (st + count >= end || s.at(st + count) != c)) count--;
        return count;
    }

    /** Runs a REPEAT_ONE at pos; returns the new position, or -1 to fail. */
    private int repeatOne(int pc, int pos) {
        int kind = code[pc + 1], min = code[pc + 2], max = code[pc + 3];
        int item = pc + 4;
        if (kind == Op.LAZY) {
            int count = 0;
            while (count < min) {
                if (pos + count < end && one(item, s.at(pos + count))) count++;
                else return -1;
            }
            if (count < max) push(K_REPL, pc, pos, count);
            return pos + count;
        }
        int limit = (int) Math.min((long) max, end - pos);
        int count = countRun(item, pos, limit);
        if (count < min) return -1;
        if (kind == Op.GREEDY && count > min) {
            int next = item + Op.length(code[item]);
            if (code[next] == Op.CHAR) {
                count = fitNextChar(next, pos, count, min);
                if (count < min) return -1;
            }
            if (count > min) push(K_REPG, pc, pos, count);
        }
        return pos + count;
    }

    /** How many characters from pos (at most limit) the single-character item matches in a row. */
    private int countRun(int item, int pos, int limit) {
        int count = 0;
        switch (code[item]) {
            case Op.ANY_ALL -> count = limit;
            case Op.SET -> {
                CharClass.CharSet set = prog.sets[code[item + 1]];
                while (count < limit && set.matches(s.at(pos + count))) count++;
            }
            case Op.ANY -> {
                while (count < limit && s.at(pos + count) != '\n') count++;
            }
            case Op.CHAR -> {
                int c = code[item + 1];
                while (count < limit && s.at(pos + count) == c) count++;
            }
            case Op.NOT_CHAR -> {
                int c = code[item + 1];
                while (count < limit && s.at(pos + count) != c) count++;
            }
            default -> {
                while (count < limit && one(item, s.at(pos + count))) count++;
            }
        }
        return count;
    }

    private boolean groupMatched(int g) {
        int st = regs[2 * g], en = regs[2 * g + 1];
        return st >= 0 && en >= 0 && en >= st;
    }

    private int backref(int g, int mode, int pos) {
        if (!groupMatched(g)) return -1;
        int st = regs[2 * g], len = regs[2 * g + 1] - st;
        if (len > end - pos) return -1;
        boolean ignore = (mode & CharClass.IGNORE) != 0, ascii = (mode & CharClass.ASCII) != 0;
        for (int k = 0; k < len; k++) {
            int a = s.at(st + k), b = s.at(pos + k);
            if (a != b && !(ignore && CharClass.lower(a, ascii) == CharClass.lower(b, ascii))) return -1;
        }
        return pos + len;
    }

    private boolean at(int kind, int mode, int pos) {
        return switch (kind) {
            case Op.AT_BEGINNING, Op.AT_BEGINNING_STRING -> pos == 0;
            case Op.AT_BEGINNING_LINE -> pos == 0 || s.at(pos - 1) == '\n';
            case Op.AT_END -> pos == end || (pos + 1 == end && s.at(pos) == '\n');
            case Op.AT_END_LINE -> pos == end || s.at(pos) == '\n';
            case Op.AT_END_STRING -> pos == end;
            case Op.AT_BOUNDARY -> end > 0 && wordBefore(pos, mode) != wordAt(pos, mode);
            // CPython 3.14: \B matches in an empty string too (3.13 refused)
            case Op.AT_NON_BOUNDARY -> wordBefore(pos, mode) == wordAt(pos, mode);
            default -> false;
        };
    }

    private boolean wordBefore(int pos, int mode) {
        return pos > 0 && CharClass.isWord(s.at(pos - 1), (mode & CharClass.ASCII) != 0);
    }

    private boolean wordAt(int pos, int mode) {
        return pos < end && CharClass.isWord(s.at(pos), (mode & CharClass.ASCII) != 0);
    }

    /** Ends an atomic group or look-around: drops its alternatives (keeping undo records); returns the mark's position. */
    private int cutToMark() {
        int m = sp - 4;
        while (stack[m] != K_MARK) m -= 4;
        int markPos = stack[m + 1];
        int dst = m;
        for (int src = m + 4; src < sp; src += 4) {
            if (stack[src] == K_RESTORE) {
                System.arraycopy(stack, src, stack, dst, 4);
                dst += 4;
            }
        }
        sp = dst;
        return markPos;
    }

    /** A negative look-around's body matched: undo back to its NEG entry (inclusive). */
    private void unwindNegative() {
        while (true) {
            sp -= 4;
            int kind = stack[sp];
            if (kind == K_RESTORE) regs[stack[sp + 1]] = stack[sp + 2];
            else if (kind == K_NEG) return;
        }
    }
}
