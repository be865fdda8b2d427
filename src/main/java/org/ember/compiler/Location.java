package org.ember.compiler;

/**
 * A source position of an instruction: lines 1-based, columns 0-based UTF-8 byte offsets, -1 for
 * "unknown". {@link #NO_LOCATION} marks compiler-made instructions that belong to no line;
 * {@link #NEXT_LOCATION} (all -2) means "take the next instruction's location", resolved by the
 * assembler.
 */
public record Location(int lineno, int endLineno, int colOffset, int endColOffset) {
    public static final Location NO_LOCATION = new Location(-1, -1, -1, -1);
    public static final Location NEXT_LOCATION = new Location(-2, -2, -2, -2);

    /** True when the instruction has a line number (NO_LOCATION and NEXT_LOCATION do not). */
    public boolean hasLine() {
        return lineno >= 0;
    }
}
