package org.ember.interp;

/**
 * What one region method of a split compiled code object returns to its {@code run} method to
 * continue at another region (docs/jit.md, "Large code objects"): the unit index of the entry
 * to continue at. The value stack is all in {@code f.values} there (every region entry is a
 * join), so nothing else crosses. Never seen outside the generated class: {@code run} loops
 * until a region returns anything else (the frame's result, a yielded value, DEOPT).
 */
public final class RegionJump {
    /** The unit index to continue at. */
    final int unit;

    private RegionJump(int unit) {
        this.unit = unit;
    }

    /**
     * One instance per unit index, made on first use (a region crossing allocates nothing after
     * that). Racing threads may each make one: any of them is right (the field is final).
     */
    private static final RegionJump[] SHARED = new RegionJump[1 << 16];

    /** Called by region methods: continue at {@code unit}. */
    static RegionJump to(int unit) {
        if (unit >= SHARED.length) return new RegionJump(unit);
        RegionJump jump = SHARED[unit];
        if (jump == null) SHARED[unit] = jump = new RegionJump(unit);
        return jump;
    }

    /** Called by {@code run}: the unit a region asked to continue at. */
    static int unitOf(RegionJump jump) {
        return jump.unit;
    }

    @Override
    public String toString() {
        return "<continue at unit " + unit + ">";
    }
}
