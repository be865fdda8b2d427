package org.ember.interp;

import java.util.List;

import org.ember.runtime.Interpreter;

/**
 * The three ways every corpus test runs (issue 6's acceptance): specializing (the default),
 * specialization off (-X specialize=0) and one shared, never specialized bytecode copy
 * (-X tlbc=0). Outputs must be identical in all three.
 */
enum SpecializationMode {
    SPECIALIZING(List.of()),
    SPECIALIZE_OFF(List.of("-X", "specialize=0")),
    TLBC_OFF(List.of("-X", "tlbc=0"));

    /** The command-line options that select the mode. */
    final List<String> options;

    SpecializationMode(List<String> options) {
        this.options = options;
    }

    /** Configures an interpreter created directly (not through the command line). */
    void configure(Interpreter interp) {
        interp.configureSpecialization(this != SPECIALIZE_OFF, this != TLBC_OFF);
    }

    String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
