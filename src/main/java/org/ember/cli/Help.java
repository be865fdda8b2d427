package org.ember.cli;

/** The text {@code ember -h} prints. */
final class Help {
    private Help() {}

    static String text(String usageLine) {
        return usageLine + "\n" + """
                Options:
                -c cmd : program passed in as string (terminates option list)
                -h     : print this help message and exit (also -? or --help)
                -m mod : run library module as a script (terminates option list)
                -V     : print the Python version number and exit (also --version)
                         when given twice, print more information about the build
                -X opt : set implementation-specific option
                file   : program read from script file
                -      : program read from stdin (default; interactive mode if a tty)
                arg ...: arguments passed to program in sys.argv[1:]

                Ember's -X options:
                -X check-stack : assert after each instruction that the value stack moved
                                 exactly as the instruction table says (debugging)
                -X specialize=0: no specialization (adaptive interpreter off)
                -X tlbc=0      : threads share one bytecode copy, never specialized
                                 (also PYTHON_TLBC=0)
                -X stats[=FILE]: specialization statistics at exit (JSON into FILE)
                -X jit         : tier 2 (compiling hot code to JVM bytecode) is on by default;
                                 -X jit names loops JUMP_BACKWARD_JIT as CPython's JIT build
                                 (also PYTHON_JIT=1); -X jit=0 or PYTHON_JIT=0 turn tier 2 off;
                                 -X jit-threshold=N compiles after N calls (default 200)
                """;
    }
}
