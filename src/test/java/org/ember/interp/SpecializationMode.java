package org.ember.interp;

import java.util.List;

import org.ember.runtime.Interpreter;

/**
 * The ways every corpus test runs (issue 6's acceptance): specializing, specialization off
 * (-X specialize=0) and one shared, never specialized bytecode copy (-X tlbc=0), those three in
 * the interpreter alone (-X jit=0: tier 2 is on by default), and tier 2 compiling every code
 * object on first use (-X jit-threshold=0). Outputs must be identical in all of them. (The
 * default mix, tier 2 after 200 calls or a hot loop, is what StdlibProgramsTest and
 * ThreadingProgramsTest run.)
 */
enum SpecializationMode {
    SPECIALIZING(List.of("-X", "jit=0")),
    SPECIALIZE_OFF(List.of("-X", "specialize=0", "-X", "jit=0")),
    TLBC_OFF(List.of("-X", "tlbc=0", "-X", "jit=0")),
    /** Tier 2 compiles every code object on its first run (docs/jit.md): compiled code must match. */
    JIT_EVERY_CALL(List.of("-X", "jit-threshold=" + Integer.getInteger("ember.testJitThreshold", 0)));

    /**
     * The JIT mode's threshold: 0 (compile on the first run, before anything specialized), or
     * for a one-off check of code compiled from specialized bytecode (the inline int/float forms,
     * direct calls) e.g. {@code -Dember.testJitThreshold=2}.
     */
    static final int JIT_THRESHOLD = Integer.getInteger("ember.testJitThreshold", 0);

    /** The command-line options that select the mode. */
    final List<String> options;

    SpecializationMode(List<String> options) {
        this.options = options;
    }

    /** Configures an interpreter created directly (not through the command line). */
    void configure(Interpreter interp) {
        interp.configureSpecialization(this != SPECIALIZE_OFF, this != TLBC_OFF);
        interp.jitThreshold = this == JIT_EVERY_CALL ? JIT_THRESHOLD : -1;
    }

    String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
