package org.ember.compiler;

/** A jump target in an {@link InstructionSequence}, placed with {@link InstructionSequence#useLabel}. */
public record Label(int id) {}
