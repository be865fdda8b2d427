package org.ember.modules.re;

/** The matcher's instruction codes; each instruction is the code followed by its operands. */
final class Op {
    private Op() {}

    static final int
            CHAR = 1,        // c                  one literal code point
            CHAR_I = 2,      // c fold             case-insensitive literal (fold: index of its equivalents)
            NOT_CHAR = 3,    // c
            NOT_CHAR_I = 4,  // c fold
            ANY = 5,         //                    any but '\n'
            ANY_ALL = 6,     //                    any (DOTALL)
            SET = 7,         // index              a [...] set
            AT = 8,          // kind mode          an anchor (^ $ \A \Z \b \B)
            SAVE = 9,        // slot               capture boundary (undoable)
            SPLIT = 10,      // target             try the next instruction, on failure target
            JMP = 11,        // target
            REPEAT_ONE = 12, // kind min max       a single-character item repeated; the item follows
            BACKREF = 13,    // group mode
            GROUP_EXISTS = 14, // group else       (?(g)yes|no)
            MARK = 15,       //                    start of an atomic group or look-around
            ATOMIC_END = 16, //                    drop the alternatives since the MARK
            LOOK_END = 17,   //                    same, and return to the MARK's position
            NEG_START = 18,  // continue           negative look-around: on failure go on at continue
            NEG_END = 19,    //                    the negative body matched: fail the assertion
            BEHIND = 20,     // width              step back for a look-behind
            REP_INIT = 21,   // counter            a general repeat: counter := 0
            REP_LOOP = 22,   // counter min max kind exit   decide whether to iterate
            REP_ENTER = 23,  // counter start min  counter += 1, start := pos (fails after an empty optional iteration)
            REP_END = 24,    // counter start min kind exit  empty-iteration check, back to REP_LOOP
            FAIL = 25,
            MATCH = 26;

    static final int LAZY = 1, GREEDY = 0, POSSESSIVE = 2;

    /** Anchor kinds for AT. */
    static final int AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2, AT_END = 3,
            AT_END_LINE = 4, AT_END_STRING = 5, AT_BOUNDARY = 6, AT_NON_BOUNDARY = 7;

    static int length(int op) {
        return switch (op) {
            case ANY, ANY_ALL, MARK, ATOMIC_END, LOOK_END, NEG_END, FAIL, MATCH -> 1;
            case CHAR, NOT_CHAR, SET, SAVE, SPLIT, JMP, NEG_START, BEHIND, REP_INIT -> 2;
            case CHAR_I, NOT_CHAR_I, AT, BACKREF, GROUP_EXISTS -> 3;
            case REPEAT_ONE, REP_ENTER -> 4;
            case REP_LOOP, REP_END -> 6;
            default -> throw new IllegalStateException("bad opcode " + op);
        };
    }
}
