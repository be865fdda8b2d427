package org.ember.bytecode;

/**
 * A complex constant with a real part, produced by constant folding ({@code 1 + 2j}); literals
 * in source are pure imaginary ({@code Ast.Imaginary}). Components compare bit-wise, so -0.0 and
 * 0.0 stay distinct constants as in CPython.
 */
public record ConstComplex(double real, double imag) {}
