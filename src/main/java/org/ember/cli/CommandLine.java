package org.ember.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ember} command line, parsed the way CPython parses {@code python}'s:
 * single-letter options that may be combined ({@code -Bc cmd}), {@code -X opt[=val]},
 * and a program given by {@code -c cmd}, {@code -m module}, a file, or {@code -} (stdin),
 * after which every remaining word belongs to the program's {@code sys.argv}.
 */
public final class CommandLine {

    /** What the user asked us to run. */
    public enum Mode { COMMAND, MODULE, FILE, STDIN, VERSION, HELP }

    /** Thrown for bad options; Main prints CPython's usage text and exits with status 2. */
    public static final class UsageError extends Exception {
        UsageError(String message) { super(message, null, false, false); }
    }

    public Mode mode = Mode.STDIN;
    /** The -c command, -m module name or script path; null for stdin. */
    public String target;
    /** sys.argv as the program will see it (argv[0] is "-c", the module path, the file, or ""). */
    public final List<String> argv = new ArrayList<>();
    /** -X options in order; a bare {@code -X name} maps to Boolean.TRUE, as {@code sys._xoptions}. */
    public final Map<String, Object> xoptions = new LinkedHashMap<>();
    /** Single-letter flags that were given (for sys.flags), e.g. 'B', 'E', 'I', 'O', 'q', 's', 'S', 'u', 'v'. */
    public final StringBuilder flags = new StringBuilder();
    /** The -W options in order (sys.warnoptions after PYTHONWARNINGS' entries). */
    public final List<String> warnOptions = new ArrayList<>();
    /** How many times -V was given (-VV prints the long version). */
    public int versionCount;

    /** Letters that take no argument and that we accept (sys.flags and friends read them). */
    private static final String NO_ARG_FLAGS = "bBdEiIOPqsSuvx";

    public static CommandLine parse(String[] args) throws UsageError {
        CommandLine cl = new CommandLine();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-")) {                          // program from stdin
                cl.mode = Mode.STDIN;
                cl.argv.add("-");
                addRest(cl, args, i + 1);
                return cl.finish();
            }
            if (!a.startsWith("-") || a.length() == 1) break;
            if (a.startsWith("--")) {
                switch (a) {
                    case "--version" -> { cl.versionCount++; i++; continue; }
                    case "--help" -> { cl.mode = Mode.HELP; return cl; }
                    case "--" -> { i++; }
                    default -> throw new UsageError("unknown option " + a);
                }
                break;
            }
            // A cluster of single-letter options: -Bc 'cmd', -Xdev, -X dev, -OO, -VV ...
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                    String value;
                    if (k + 1 < a.length()) {
                        value = a.substring(k + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageError("Argument expected for the -" + c + " option");
                    }
                    if (c == 'c' || c == 'm') {
                        cl.mode = c == 'c' ? Mode.COMMAND : Mode.MODULE;
                        cl.target = value;
                        cl.argv.add(c == 'c' ? "-c" : "-m");
                        addRest(cl, args, i + 1);
                        return cl.finish();
                    }
                    if (c == 'X') cl.addXOption(value);
                    else cl.warnOptions.add(value);
                    break;
                } else if (c == 'V') {
                    cl.versionCount++;
                } else if (c == 'h' || c == '?') {
                    cl.mode = Mode.HELP;
                    return cl;
                } else if (NO_ARG_FLAGS.indexOf(c) >= 0) {
                    cl.flags.append(c);
                } else {
                    throw new UsageError("Unknown option: -" + c);
                }
            }
            i++;
        }
        if (i < args.length) {
            cl.mode = Mode.FILE;
            cl.target = args[i];
            cl.argv.add(args[i]);
            addRest(cl, args, i + 1);
        } else {
            cl.argv.add("");
        }
        return cl.finish();
    }

    private CommandLine finish() {
        if (versionCount > 0) mode = Mode.VERSION;
        return this;
    }

    private static void addRest(CommandLine cl, String[] args, int from) {
        for (int j = from; j < args.length; j++) cl.argv.add(args[j]);
    }

    private void addXOption(String option) {
        int eq = option.indexOf('=');
        if (eq < 0) xoptions.put(option, Boolean.TRUE);
        else xoptions.put(option.substring(0, eq), option.substring(eq + 1));
    }

    /** True if {@code -X name} was given (with any value other than "0"). */
    public boolean xflag(String name) {
        Object v = xoptions.get(name);
        return v != null && !"0".equals(v);
    }
}
