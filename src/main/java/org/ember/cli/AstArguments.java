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
    static final String USAGE = """
            usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                                 [--no-type-comments] [-a] [-i INDENT]
                                 [infile]
            """;
    static final String HELP = USAGE + """

            positional arguments:
              infile                the file to parse; defaults to stdin

            options:
              -h, --help            show this help message and exit
              -m, --mode {exec,single,eval,func_type}
                                    specify what kind of code must be parsed
              --no-type-comments    don't add information about type comments
              -a, --include-attributes
                                    include attributes such as line numbers and column
                                    offsets
              -i, --indent INDENT   indentation of nodes (number of spaces)
            """;
    static final List<String> MODES = List.of("exec", "single", "eval", "func_type");

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

        static Exit error(String message) {
            return new Exit(2, "", USAGE + PROG + ": error: " + message + "\n");
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

    private AstArguments(String[] words) {
        this.words = words;
    }

    static AstArguments parse(String[] words) throws Exit {
        AstArguments a = new AstArguments(words);
        a.classify();
        a.consumeAll();
        if (!a.extras.isEmpty()) throw Exit.error("unrecognized arguments: " + String.join(" ", a.extras));
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

    private static OptionWord parseOptional(String word) throws Exit {
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
            throw Exit.error("ambiguous option: " + word + " could match " + String.join(", ", names));
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
            case HELP -> throw new Exit(0, HELP, "");
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

    private static Exit argumentError(Option option, String message) {
        return Exit.error("argument " + option.displayName + ": " + message);
    }

    /** Python's int(str) for base 10: surrounding whitespace, a sign, digits with single underscores between. */
    static final class PythonInt {
        private PythonInt() {}

        /** The value, or null where Python's int() raises ValueError. */
        static BigInteger parse(String text) {
            int[] cps = text.codePoints().toArray();
            int start = 0, end = cps.length;
            while (start < end && SyntaxErrors.isPythonSpace(cps[start])) start++;
            while (end > start && SyntaxErrors.isPythonSpace(cps[end - 1])) end--;
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
