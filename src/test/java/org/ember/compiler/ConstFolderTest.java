package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;

import org.ember.bytecode.ConstComplex;
import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.Oparg;
import org.ember.parser.Ast;
import org.junit.jupiter.api.Test;

/** Python semantics and CPython's size limits of constant folding (facts from CPython 3.13). */
class ConstFolderTest {

    private static Object fold(Object left, int op, Object right) {
        return ConstFolder.binary(op, left, right);
    }

    @Test
    void integerDivisionAndModuloFloorLikePython() {
        assertEquals(-4L, fold(-7L, Oparg.NB_FLOOR_DIVIDE, 2L));
        assertEquals(-2L, fold(7L, Oparg.NB_REMAINDER, -3L));
        assertEquals(1L, fold(-7L, Oparg.NB_REMAINDER, 2L));
        assertEquals(3.5, fold(7L, Oparg.NB_TRUE_DIVIDE, 2L));
        assertNull(fold(1L, Oparg.NB_TRUE_DIVIDE, 0L));
        assertNull(fold(1L, Oparg.NB_FLOOR_DIVIDE, 0L));
    }

    @Test
    void floatDivModMatchesPython() {
        assertEquals(1.5, fold(7.5, Oparg.NB_REMAINDER, 2L));
        assertEquals(-4.0, fold(-7.5, Oparg.NB_FLOOR_DIVIDE, 2L));
        assertEquals(0.5, fold(-7.5, Oparg.NB_REMAINDER, 2L));
        assertEquals(-0.0, fold(-0.0, Oparg.NB_REMAINDER, -2.0));
        assertEquals(-1.5, fold(7.5, Oparg.NB_REMAINDER, -3L));
    }

    @Test
    void powersAndShiftsRespectTheIntSizeLimit() {
        assertEquals(0.5, fold(2L, Oparg.NB_POWER, -1L));
        assertEquals(new BigInteger("10").pow(32), fold(10L, Oparg.NB_POWER, 32L));
        assertNull(fold(10L, Oparg.NB_POWER, 38L));      // 4 bits > 128 / 38
        assertNull(fold(2L, Oparg.NB_POWER, 127L));
        assertNull(fold(0L, Oparg.NB_POWER, -1L));       // ZeroDivisionError
        assertNull(fold(-8L, Oparg.NB_POWER, 0.5));      // complex result
        assertEquals(BigInteger.ONE.shiftLeft(100), fold(1L, Oparg.NB_LSHIFT, 100L));
        assertNull(fold(1L, Oparg.NB_LSHIFT, 200L));
        assertNull(fold(1L, Oparg.NB_RSHIFT, -1L));      // ValueError
        assertEquals(-4L, fold(-8L, Oparg.NB_RSHIFT, 1L));
        BigInteger big = BigInteger.ONE.shiftLeft(100);
        assertNull(fold(big, Oparg.NB_MULTIPLY, big));   // 202 bits
    }

    @Test
    void sequenceRepetitionIsLimited() {
        assertEquals("abab", fold("ab", Oparg.NB_MULTIPLY, 2L));
        assertEquals("ab".repeat(2048), fold(2048L, Oparg.NB_MULTIPLY, "ab"));
        assertNull(fold("ab", Oparg.NB_MULTIPLY, 2049L));
        assertNull(fold(ConstTuple.of(1L), Oparg.NB_MULTIPLY, 257L));
        assertEquals(new ConstTuple(java.util.Collections.nCopies(256, 1L)), fold(ConstTuple.of(1L), Oparg.NB_MULTIPLY, 256L));
        assertNull(fold("ab", Oparg.NB_MULTIPLY, -3L));    // a negative count is not folded
        assertNull(fold("%s", Oparg.NB_REMAINDER, 1L)); // formatting is never folded
    }

    @Test
    void boolsAreIntsExceptForBitwiseOpsOnBools() {
        assertEquals(2L, fold(true, Oparg.NB_ADD, true));
        assertEquals(false, fold(true, Oparg.NB_AND, false));
        assertEquals(1L, fold(true, Oparg.NB_AND, 3L));
        assertNull(ConstFolder.invert(true));
        assertEquals(-2L, ConstFolder.invert(1L));
        assertEquals(-1L, ConstFolder.negate(true));
        assertEquals(0L, ConstFolder.positive(false));
    }

    @Test
    void complexArithmetic() {
        assertEquals(new ConstComplex(1.0, 2.0), fold(1L, Oparg.NB_ADD, new Ast.Imaginary(2.0)));
        assertEquals(new ConstComplex(-0.0, -2.0), ConstFolder.negate(new Ast.Imaginary(2.0)));
        assertEquals(new ConstComplex(0.0, -0.5), fold(1L, Oparg.NB_TRUE_DIVIDE, new Ast.Imaginary(2.0)));
        assertNull(fold(new Ast.Imaginary(1.0), Oparg.NB_TRUE_DIVIDE, 0L));      // ZeroDivisionError
        assertNull(fold(1L, Oparg.NB_TRUE_DIVIDE, new Ast.Imaginary(0.0)));
    }

    @Test
    void subscriptsOfConstants() {
        assertEquals(2L, fold(ConstTuple.of(1L, 2L, 3L), Oparg.NB_SUBSCR, 1L));
        assertEquals("c", fold("abc", Oparg.NB_SUBSCR, -1L));
        assertEquals(98L, fold(new Ast.Bytes(new byte[] {97, 98}), Oparg.NB_SUBSCR, 1L));
        assertNull(fold("abc", Oparg.NB_SUBSCR, 3L));
        assertEquals("\uD83D\uDE00", fold("a\uD83D\uDE00", Oparg.NB_SUBSCR, 1L)); // code points, not UTF-16 units
    }

    @Test
    void slicesOfConstants() {
        org.ember.bytecode.ConstSlice reverse = new org.ember.bytecode.ConstSlice(Ast.NONE, Ast.NONE, -1L);
        assertEquals("olleh", fold("hello", Oparg.NB_SUBSCR, reverse));
        assertEquals(ConstTuple.of(2L, 3L), fold(ConstTuple.of(1L, 2L, 3L), Oparg.NB_SUBSCR,
                new org.ember.bytecode.ConstSlice(-2L, 100L, Ast.NONE)));
        assertEquals(new ConstTuple(java.util.List.of()), fold(ConstTuple.of(1L), Oparg.NB_SUBSCR,
                new org.ember.bytecode.ConstSlice(5L, Ast.NONE, Ast.NONE)));
        assertNull(fold("abc", Oparg.NB_SUBSCR, new org.ember.bytecode.ConstSlice(Ast.NONE, Ast.NONE, 0L)));
        assertNull(fold("abc", Oparg.NB_SUBSCR, new org.ember.bytecode.ConstSlice("a", Ast.NONE, Ast.NONE)));
    }

    @Test
    void truthOfConstants() {
        assertEquals(false, ConstFolder.truth(Ast.NONE));
        assertEquals(true, ConstFolder.truth(Ast.ELLIPSIS));
        assertEquals(false, ConstFolder.truth(-0.0));
        assertEquals(true, ConstFolder.truth(Double.NaN));
        assertEquals(false, ConstFolder.truth(new ConstTuple(java.util.List.of())));
        assertEquals(false, ConstFolder.truth(new Ast.Imaginary(0.0)));
        assertEquals(true, ConstFolder.truth("0"));
    }
}
