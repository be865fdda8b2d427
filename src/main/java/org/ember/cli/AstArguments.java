package org.ember.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ember.runtime.Repr;

/**
 * The command line of {@code python -m ast}, parsed with the rules of CPython 3.13's argparse for
 * that module's parser: abbreviations of long options, clustered short flags ({@code -ai2}),
 * {@code -i=2} and {@code --indent=2}, {@code --} ending the options, a negative number taken as
 * a value, and argparse's messages for every mistake.
 *
 * <p>argparse is replayed step by step (classify each word as option 'O', argument 'A' or '--',
 * then consume options and positionals in turn) because its corner cases come from that order:
 * an invalid value is reported as soon as its option is consumed, unknown words only at the end.
 */
final class AstArguments {

    static final String PROG = "python -m ast";
    static final List<String> MODES = List.of("exec", "single", "eval", "func_type");

    // ---- help and usage, laid out as argparse's HelpFormatter does for a terminal width --------

    /** One entry of the help: how it is invoked and what it does. */
    private record HelpEntry(String invocation, String help) {}

    private static final List<String> OPTION_USAGE =
            List.of("[-h]", "[-m {exec,single,eval,func_type}]", "[--no-type-comments]", "[-a]", "[-i INDENT]");
    private static final List<String> POSITIONAL_USAGE = List.of("[infile]");
    private static final List<HelpEntry> POSITIONAL_HELP =
            List.of(new HelpEntry("infile", "the file to parse; defaults to stdin"));
    private static final List<HelpEntry> OPTION_HELP = List.of(
            new HelpEntry("-h, --help", "show this help message and exit"),
            new HelpEntry("-m, --mode {exec,single,eval,func_type}", "specify what kind of code must be parsed"),
            new HelpEntry("--no-type-comments", "don't add information about type comments"),
            new HelpEntry("-a, --include-attributes", "include attributes such as line numbers and column offsets"),
            new HelpEntry("-i, --indent INDENT", "indentation of nodes (number of spaces)"));

    /**
     * The terminal width argparse formats for: {@code COLUMNS} when it holds a positive int (as
     * {@code shutil.get_terminal_size}), else 80 (the size of a terminal is not asked for).
     */
    static int terminalColumns(String columnsVariable) {
        if (columnsVariable != null) {
            BigInteger c = PythonInt.parse(columnsVariable);
            if (c != null && c.signum() > 0 && c.bitLength() < 31) return c.intValue();
        }
        return 80;
    }

    /** {@code usage: ...} followed by a newline, wrapped as argparse wraps it for {@code columns}. */
    static String usage(int columns) {
        int textWidth = columns - 2;
        String prefix = "usage: ";
        List<String> all = new ArrayList<>(OPTION_USAGE);
        all.addAll(POSITIONAL_USAGE);
        String oneLine = PROG + " " + String.join(" ", all);
        if (prefix.length() + oneLine.length() <= textWidth) return prefix + oneLine + "\n";
        List<String> lines;
        if (prefix.length() + PROG.length() <= 0.75 * textWidth) {
            String indent = " ".repeat(prefix.length() + PROG.length() + 1);
            List<String> first = new ArrayList<>(List.of(PROG));
            first.addAll(OPTION_USAGE);
            lines = wrapParts(first, indent, prefix, textWidth);
            lines.addAll(wrapParts(POSITIONAL_USAGE, indent, null, textWidth));
        } else {
            String indent = " ".repeat(prefix.length());
            lines = wrapParts(all, indent, null, textWidth);
            if (lines.size() > 1) {
                lines = wrapParts(OPTION_USAGE, indent, null, textWidth);
                lines.addAll(wrapParts(POSITIONAL_USAGE, indent, null, textWidth));
            }
            lines.addFirst(PROG);
        }
        return prefix + String.join("\n", lines) + "\n";
    }

    /** argparse's get_lines: parts joined by spaces, a new indented line whenever the next would not fit. */
    private static List<String> wrapParts(List<String> parts, String indent, String prefix, int textWidth) {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int lineLength = (prefix != null ? prefix.length() : indent.length()) - 1;
        for (String part : parts) {
            if (lineLength + 1 + part.length() > textWidth && !line.isEmpty()) {
                lines.add(indent + String.join(" ", line));
                line.clear();
                lineLength = indent.length() - 1;
            }
            line.add(part);
            lineLength += part.length() + 1;
        }
        if (!line.isEmpty()) lines.add(indent + String.join(" ", line));
        if (prefix != null) lines.set(0, lines.getFirst().substring(indent.length()));
        return lines;
    }

    /** The whole {@code -h} text for {@code columns}. */
    static String help(int columns) {
        int width = columns - 2;
        int maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
        int longestInvocation = 0;
        for (HelpEntry e : POSITIONAL_HELP) longestInvocation = Math.max(longestInvocation, e.invocation.length() + 2);
        for (HelpEntry e : OPTION_HELP) longestInvocation = Math.max(longestInvocation, e.invocation.length() + 2);
        int helpPosition = Math.min(longestInvocation + 2, maxHelpPosition);
        StringBuilder sb = new StringBuilder(usage(columns)).append('\n');
        sb.append("positional arguments:\n");
        for (HelpEntry e : POSITIONAL_HELP) appendEntry(sb, e, helpPosition, width);
        sb.append("\noptions:\n");
        for (HelpEntry e : OPTION_HELP) appendEntry(sb, e, helpPosition, width);
        return sb.toString();
    }

    private static void appendEntry(StringBuilder sb, HelpEntry entry, int helpPosition, int width) {
        int helpWidth = Math.max(width - helpPosition, 11);
        int invocationWidth = helpPosition - 2 - 2;
        List<String> helpLines = wrapWords(entry.help, helpWidth);
        sb.append("  ");
        int firstIndent;
        if (entry.invocation.length() <= invocationWidth) {
            sb.append(entry.invocation).append(" ".repeat(invocationWidth - entry.invocation.length())).append("  ");
            firstIndent = 0;
        } else {
            sb.append(entry.invocation).append('\n');
            firstIndent = helpPosition;
        }
        sb.append(" ".repeat(firstIndent)).append(helpLines.getFirst()).append('\n');
        for (String line : helpLines.subList(1, helpLines.size())) {
            sb.append(" ".repeat(helpPosition)).append(line).append('\n');
        }
    }

    /** textwrap.wrap for text without hyphens: greedy lines of whole words, too-long words cut. */
    static List<String> wrapWords(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (line.isEmpty() && word.length() > width) {     // a word longer than a line is broken
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                while (word.length() > width) {
                    lines.add(word.substring(0, width));
                    word = word.substring(width);
                }
            }
            if (!line.isEmpty()) line.append(' ');
            line.append(word);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }


    /** Stops parsing: either help was asked for (status 0) or a usage error (status 2). */
    static final class Exit extends Exception {
        final int status;
        final String stdout;
        final String stderr;

        Exit(int status, String stdout, String stderr) {
            super(null, null, false, false);
            this.status = status;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        static Exit error(String message, int columns) {
            return new Exit(2, "", usage(columns) + PROG + ": error: " + message + "\n");
        }
    }

    // ---- the options -------------------------------------------------------------------------

    private enum Option {
        HELP("-h/--help", 0), MODE("-m/--mode", 1), NO_TYPE_COMMENTS("--no-type-comments", 0),
        INCLUDE_ATTRIBUTES("-a/--include-attributes", 0), INDENT("-i/--indent", 1);

        final String displayName;
        final int nargs;

        Option(String displayName, int nargs) {
            this.displayName = displayName;
            this.nargs = nargs;
        }
    }

    /** Option strings in the order argparse registers them (it matters for "could match" lists). */
    private static final Map<String, Option> OPTION_STRINGS = orderedOptions();

    private static Map<String, Option> orderedOptions() {
        var map = new java.util.LinkedHashMap<String, Option>();
        map.put("-h", Option.HELP);
        map.put("--help", Option.HELP);
        map.put("-m", Option.MODE);
        map.put("--mode", Option.MODE);
        map.put("--no-type-comments", Option.NO_TYPE_COMMENTS);
        map.put("-a", Option.INCLUDE_ATTRIBUTES);
        map.put("--include-attributes", Option.INCLUDE_ATTRIBUTES);
        map.put("-i", Option.INDENT);
        map.put("--indent", Option.INDENT);
        return map;
    }

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+|-\\d*\\.\\d+", Pattern.UNICODE_CHARACTER_CLASS);

    // ---- the result ----------------------------------------------------------------------------

    String infile = "-";
    String mode = "exec";
    boolean typeComments = true;
    boolean includeAttributes = false;
    BigInteger indent = BigInteger.valueOf(3);

    /** An option word as argparse's _parse_optional sees it; option null means an unknown option. */
    private record OptionWord(Option option, String optionString, String sep, String explicitArg) {}

    private final String[] words;
    private final StringBuilder pattern = new StringBuilder();
    private final Map<Integer, OptionWord> optionAt = new java.util.HashMap<>();
    private final List<String> extras = new ArrayList<>();
    private boolean infileConsumed;

    private final int columns;                  // the terminal width help and usage are laid out for

    private AstArguments(String[] words, int columns) {
        this.words = words;
        this.columns = columns;
    }

    /** Parses the words after {@code -m ast}; {@code columns} is the terminal width for messages. */
    static AstArguments parse(String[] words, int columns) throws Exit {
        AstArguments a = new AstArguments(words, columns);
        a.classify();
        a.consumeAll();
        if (!a.extras.isEmpty()) throw Exit.error("unrecognized arguments: " + String.join(" ", a.extras), columns);
        return a;
    }

    private void classify() throws Exit {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("--")) {
                pattern.append('-');
                pattern.append("A".repeat(words.length - i - 1));
                return;
            }
            OptionWord o = parseOptional(words[i]);
            if (o == null) {
                pattern.append('A');
            } else {
                optionAt.put(i, o);
                pattern.append('O');
            }
        }
    }

    private OptionWord parseOptional(String word) throws Exit {
        if (word.isEmpty() || word.charAt(0) != '-') return null;
        Option exact = OPTION_STRINGS.get(word);
        if (exact != null) return new OptionWord(exact, word, null, null);
        if (word.length() == 1) return null;
        int eq = word.indexOf('=');
        if (eq >= 0 && OPTION_STRINGS.containsKey(word.substring(0, eq))) {
            return new OptionWord(OPTION_STRINGS.get(word.substring(0, eq)), word.substring(0, eq), "=", word.substring(eq + 1));
        }
        List<OptionWord> matches = optionTuples(word);
        if (matches.size() > 1) {
            List<String> names = matches.stream().map(OptionWord::optionString).toList();
            throw Exit.error("ambiguous option: " + word + " could match " + String.join(", ", names), columns);
        }
        if (matches.size() == 1) return matches.getFirst();
        if (NEGATIVE_NUMBER.matcher(word).matches()) return null;    // no option looks like a number
        if (word.contains(" ")) return null;
        return new OptionWord(null, word, null, null);
    }

    /** argparse's _get_option_tuples: long-option abbreviations, or a short option with its value attached. */
    private static List<OptionWord> optionTuples(String word) {
        List<OptionWord> result = new ArrayList<>();
        if (word.charAt(1) == '-') {
            int eq = word.indexOf('=');
            String prefix = eq < 0 ? word : word.substring(0, eq);
            for (var e : OPTION_STRINGS.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    result.add(new OptionWord(e.getValue(), e.getKey(), eq < 0 ? null : "=", eq < 0 ? null : word.substring(eq + 1)));
                }
            }
        } else {
            String shortPrefix = word.substring(0, 2);
            for (var e : OPTION_STRINGS.entrySet()) {
                if (e.getKey().equals(shortPrefix)) {
                    result.add(new OptionWord(e.getValue(), e.getKey(), "", word.substring(2)));
                } else if (e.getKey().startsWith(word)) {
                    result.add(new OptionWord(e.getValue(), e.getKey(), null, null));
                }
            }
        }
        return result;
    }

    // ---- consuming -----------------------------------------------------------------------------

    private void consumeAll() throws Exit {
        int maxOption = optionAt.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        int start = 0;
        while (start <= maxOption) {
            int nextOption = start;
            while (nextOption <= maxOption && !optionAt.containsKey(nextOption)) nextOption++;
            if (start != nextOption) {
                int end = consumePositionals(start);
                if (end > start) {
                    start = end;
                    continue;
                }
            }
            if (!optionAt.containsKey(start)) {
                for (int i = start; i < nextOption; i++) extras.add(words[i]);
                start = nextOption;
            }
            start = consumeOptional(start);
        }
        int stop = consumePositionals(start);
        for (int i = stop; i < words.length; i++) extras.add(words[i]);
    }

    /** The only positional, {@code infile} (nargs='?'): takes the next 'A', skipping one '--' before it. */
    private int consumePositionals(int start) {
        if (infileConsumed) return start;
        infileConsumed = true;
        // argparse matches the regex (-*A?-*) against the remaining pattern
        int i = start;
        while (i < pattern.length() && pattern.charAt(i) == '-') i++;
        if (i < pattern.length() && pattern.charAt(i) == 'A') i++;
        while (i < pattern.length() && pattern.charAt(i) == '-') i++;
        List<String> args = new ArrayList<>(List.of(words).subList(start, i));
        args.remove("--");
        if (!args.isEmpty()) infile = args.getFirst();
        return i;
    }

    private int consumeOptional(int start) throws Exit {
        OptionWord word = optionAt.get(start);
        Option option = word.option;
        String optionString = word.optionString;
        String sep = word.sep;
        String explicit = word.explicitArg;
        List<Option> actions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int stop;
        while (true) {
            if (option == null) {
                extras.add(words[start]);
                return start + 1;
            }
            if (explicit != null) {
                if (option.nargs == 0 && optionString.charAt(1) != '-' && !explicit.isEmpty()) {
                    // a cluster of single-letter flags such as -ai2
                    if (!sep.isEmpty() || explicit.charAt(0) == '-') {
                        throw argumentError(option, "ignored explicit argument " + Repr.str(explicit));
                    }
                    actions.add(option);
                    values.add(null);
                    String next = "-" + explicit.charAt(0);
                    if (OPTION_STRINGS.containsKey(next)) {
                        option = OPTION_STRINGS.get(next);
                        optionString = next;
                        explicit = explicit.substring(1);
                        if (explicit.isEmpty()) {
                            sep = explicit = null;
                        } else if (explicit.charAt(0) == '=') {
                            sep = "=";
                            explicit = explicit.substring(1);
                        } else {
                            sep = "";
                        }
                    } else {
                        extras.add("-" + explicit);
                        stop = start + 1;
                        break;
                    }
                } else if (option.nargs == 1) {
                    actions.add(option);
                    values.add(explicit);
                    stop = start + 1;
                    break;
                } else {
                    throw argumentError(option, "ignored explicit argument " + Repr.str(explicit));
                }
            } else {
                int next = start + 1;
                if (option.nargs == 1) {
                    if (next >= pattern.length() || pattern.charAt(next) != 'A') {
                        throw argumentError(option, "expected one argument");
                    }
                    values.add(words[next]);
                } else {
                    values.add(null);
                }
                actions.add(option);
                stop = next + option.nargs;
                break;
            }
        }
        for (int i = 0; i < actions.size(); i++) takeAction(actions.get(i), values.get(i));
        return stop;
    }

    private void takeAction(Option option, String value) throws Exit {
        switch (option) {
            case HELP -> throw new Exit(0, help(columns), "");
            case MODE -> {
                if (!MODES.contains(value)) {
                    throw argumentError(option, "invalid choice: " + Repr.str(value)
                            + " (choose from 'exec', 'single', 'eval', 'func_type')");
                }
                mode = value;
            }
            case NO_TYPE_COMMENTS -> typeComments = false;
            case INCLUDE_ATTRIBUTES -> includeAttributes = true;
            case INDENT -> {
                indent = PythonInt.parse(value);
                if (indent == null) throw argumentError(option, "invalid int value: " + Repr.str(value));
            }
        }
    }

    private Exit argumentError(Option option, String message) {
        return Exit.error("argument " + option.displayName + ": " + message, columns);
    }

    /** Python's int(str) for base 10: surrounding whitespace, a sign, digits with single underscores between. */
    static final class PythonInt {
        private PythonInt() {}

        /** The value, or null where Python's int() raises ValueError. */
        static BigInteger parse(String text) {
            int[] cps = text.codePoints().toArray();
            int start = 0, end = cps.length;
            while (start < end && org.ember.parser.SyntaxErrorFormat.isPythonSpace(cps[start])) start++;
            while (end > start && org.ember.parser.SyntaxErrorFormat.isPythonSpace(cps[end - 1])) end--;
            boolean negative = false;
            if (start < end && (cps[start] == '+' || cps[start] == '-')) negative = cps[start++] == '-';
            StringBuilder digits = new StringBuilder();
            boolean lastWasDigit = false;
            for (int i = start; i < end; i++) {
                int d = Character.getType(cps[i]) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cps[i], 10) : -1;
                if (d >= 0) {
                    digits.append((char) ('0' + d));
                    lastWasDigit = true;
                } else if (cps[i] == '_' && lastWasDigit && i + 1 < end) {
                    lastWasDigit = false;
                } else {
                    return null;
                }
            }
            if (digits.isEmpty() || !lastWasDigit) return null;
            BigInteger v = new BigInteger(digits.toString());
            return negative ? v.negate() : v;
        }
    }
}
