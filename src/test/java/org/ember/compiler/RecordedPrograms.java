package org.ember.compiler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.RawCode;

/**
 * The recorded flowgraph cases as runnable programs (for the interpreter's tests, which live in
 * another package): each case's module code compiled by Ember's back end from CPython 3.14's
 * code generator output.
 */
public final class RecordedPrograms {
    private RecordedPrograms() {}

    public record Program(String name, String source, RawCode module) {}

    public static List<Program> load() throws IOException {
        List<Program> programs = new ArrayList<>();
        for (RecordedCases.Case c : RecordedCases.load()) {
            programs.add(new Program(c.name, c.source, FlowGraphCasesTest.compileCase(c).get(0)));
        }
        return programs;
    }
}
