package org.ember.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.ember.bytecode.ConstComplex;
import org.ember.bytecode.ConstFrozenSet;
import org.ember.bytecode.ConstSlice;
import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;
import org.ember.bytecode.RawCode;
import org.ember.parser.Ast;

/**
 * Reads src/test/resources/compiler/flowgraph-cases-3.14.txt (written by
 * tools/gen-flowgraph-cases.py under CPython 3.14): per case, per code unit, the code
 * generator's instruction sequence, constants and metadata, and CPython's final code object.
 */
final class RecordedCases {
    private RecordedCases() {}

    /** A reference to another code unit of the same case (index in {@link Case#units}). */
    record CodeRef(int unit) {}

    /** One instruction as recorded: jump targets are instruction indices. */
    record RecordedInstr(int opcode, int oparg, Location loc) {}

    static final class Unit {
        int index;
        String name;
        String qualname;
        int flags;
        int argcount;
        int posonly;
        int kwonly;
        int firstLineno;
        List<String> names;
        List<String> varnames = new ArrayList<>();
        List<String> cellvars = new ArrayList<>();
        List<String> freevars = new ArrayList<>();
        List<Object> consts;
        final List<RecordedInstr> instrs = new ArrayList<>();
        String expectCode;
        List<Object> expectConsts;
        List<Object> expectNames;
        String expectLinetable;
        String expectExceptionTable;
        int expectStacksize;
        /** co_lines(): (start, end, line or -1) */
        List<int[]> expectLines;
        /** co_positions(): (line, end line, column, end column), -1 for None, per code unit */
        List<int[]> expectPositions;

        CodeUnitMetadata metadata() {
            return new CodeUnitMetadata(name, qualname, "<case>", flags, argcount, posonly, kwonly,
                    firstLineno, names, varnames, cellvars, freevars, Set.of());
        }

        /** The recorded sequence with labels at every jump target. */
        InstructionSequence sequence() {
            InstructionSequence seq = new InstructionSequence();
            List<Label> labels = new ArrayList<>();
            for (int i = 0; i < instrs.size(); i++) labels.add(null);
            for (RecordedInstr instr : instrs) {
                if (InstructionSequence.hasTarget(instr.opcode()) && labels.get(instr.oparg()) == null) {
                    labels.set(instr.oparg(), seq.newLabel());
                }
            }
            for (int i = 0; i < instrs.size(); i++) {
                if (labels.get(i) != null) seq.useLabel(labels.get(i));
                RecordedInstr instr = instrs.get(i);
                if (InstructionSequence.hasTarget(instr.opcode())) {
                    seq.addJump(instr.opcode(), labels.get(instr.oparg()), instr.loc());
                } else {
                    seq.addOp(instr.opcode(), instr.oparg(), instr.loc());
                }
            }
            return seq;
        }
    }

    static final class Case {
        String name;
        String source;
        final List<Unit> units = new ArrayList<>();

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> load() throws IOException {
        // -Dember.flowgraph.cases=FILE runs another recorded file (e.g. whole modules, not committed)
        String other = System.getProperty("ember.flowgraph.cases");
        if (other != null) return parse(java.nio.file.Files.readString(java.nio.file.Path.of(other)));
        try (InputStream in = RecordedCases.class.getResourceAsStream("/compiler/flowgraph-cases-3.14.txt")) {
            if (in == null) throw new IOException("missing compiler/flowgraph-cases-3.14.txt");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        Case current = null;
        Unit unit = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1);
            switch (key) {
                case "case" -> {
                    current = new Case();
                    current.name = rest;
                    cases.add(current);
                }
                case "source" -> current.source = (String) new ValueReader(rest).value();
                case "unit" -> {
                    unit = new Unit();
                    unit.index = Integer.parseInt(rest);
                    current.units.add(unit);
                }
                case "name" -> unit.name = (String) new ValueReader(rest).value();
                case "qualname" -> unit.qualname = (String) new ValueReader(rest).value();
                case "flags" -> unit.flags = Integer.parseInt(rest);
                case "argcount" -> {
                    String[] counts = rest.split(" ");
                    unit.argcount = Integer.parseInt(counts[0]);
                    unit.posonly = Integer.parseInt(counts[1]);
                    unit.kwonly = Integer.parseInt(counts[2]);
                }
                case "firstlineno" -> unit.firstLineno = Integer.parseInt(rest);
                case "nlocals" -> { }
                case "names" -> unit.names = strings(new ValueReader(rest).list());
                case "localsplus" -> readLocalsPlus(unit, rest);
                case "consts" -> unit.consts = new ValueReader(rest).list();
                case "i" -> unit.instrs.add(instr(rest));
                case "expect_code" -> unit.expectCode = rest;
                case "expect_consts" -> unit.expectConsts = new ValueReader(rest).list();
                case "expect_names" -> unit.expectNames = new ValueReader(rest).list();
                case "expect_linetable" -> unit.expectLinetable = rest;
                case "expect_exceptiontable" -> unit.expectExceptionTable = rest;
                case "expect_stacksize" -> unit.expectStacksize = Integer.parseInt(rest);
                case "expect_lines" -> unit.expectLines = intTuples(rest);
                case "expect_positions" -> unit.expectPositions = intTuples(rest);
                case "endunit", "endcase" -> { }
                default -> throw new IllegalArgumentException("unknown line: " + line);
            }
        }
        return cases;
    }

    /** "localsplus [names] kind kind ...": locals, then cells (sorted, as codegen numbers them), then frees. */
    private static void readLocalsPlus(Unit unit, String rest) {
        ValueReader reader = new ValueReader(rest);
        List<String> names = strings(reader.list());
        String[] kinds = reader.rest().isBlank() ? new String[0] : reader.rest().trim().split(" ");
        for (int i = 0; i < names.size(); i++) {
            int kind = Integer.parseInt(kinds[i]);
            if ((kind & 0x20) != 0) unit.varnames.add(names.get(i));
            if ((kind & 0x40) != 0) unit.cellvars.add(names.get(i));
            if ((kind & 0x80) != 0) unit.freevars.add(names.get(i));
        }
        unit.cellvars.sort(null);
    }

    private static List<int[]> intTuples(String rest) {
        List<int[]> tuples = new ArrayList<>();
        if (rest.isBlank()) return tuples;
        for (String tuple : rest.trim().split(" ")) {
            String[] parts = tuple.split(",");
            int[] values = new int[parts.length];
            for (int i = 0; i < parts.length; i++) values[i] = Integer.parseInt(parts[i]);
            tuples.add(values);
        }
        return tuples;
    }

    private static RecordedInstr instr(String rest) {
        String[] parts = rest.split(" ");
        OpInfo info = Instructions.byName(parts[0]);
        if (info == null) throw new IllegalArgumentException("unknown opcode " + parts[0]);
        int oparg = parts[1].equals("-") ? 0 : Integer.parseInt(parts[1]);
        Location loc = new Location(Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                Integer.parseInt(parts[4]), Integer.parseInt(parts[5]));
        return new RecordedInstr(info.opcode(), oparg, loc);
    }

    private static List<String> strings(List<Object> values) {
        List<String> strings = new ArrayList<>();
        for (Object value : values) strings.add((String) value);
        return strings;
    }

    /** Parses the generator's tagged value format. */
    static final class ValueReader {
        private final String text;
        private int pos;

        ValueReader(String text) {
            this.text = text;
        }

        String rest() {
            return text.substring(pos);
        }

        List<Object> list() {
            expect('[');
            List<Object> items = items(']');
            return items;
        }

        private List<Object> items(char close) {
            List<Object> items = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (text.charAt(pos) == close) {
                    pos++;
                    return items;
                }
                items.add(value());
            }
        }

        Object value() {
            skipSpaces();
            char tag = text.charAt(pos++);
            return switch (tag) {
                case 'N' -> Ast.NONE;
                case 'E' -> Ast.ELLIPSIS;
                case 'T' -> Boolean.TRUE;
                case 'F' -> Boolean.FALSE;
                case 'i' -> org.ember.compiler.ConstPool.normalize(new BigInteger(token()));
                case 'f' -> parseFloat(token());
                case 'c' -> {
                    String[] parts = token().split(",");
                    yield new ConstComplex(parseFloat(parts[0]), parseFloat(parts[1]));
                }
                case 's' -> new String(HexFormat.of().parseHex(until(';')), StandardCharsets.UTF_8);
                case 'b' -> new Ast.Bytes(HexFormat.of().parseHex(until(';')));
                case '(' -> new ConstTuple(items(')'));
                case '{' -> new ConstFrozenSet(items('}'));
                case 'S' -> {
                    expect('(');
                    List<Object> parts = items(')');
                    yield new ConstSlice(parts.get(0), parts.get(1), parts.get(2));
                }
                case '@' -> new CodeRef(Integer.parseInt(token()));
                default -> throw new IllegalArgumentException("bad value at " + (pos - 1) + ": " + text);
            };
        }

        private static double parseFloat(String hex) {
            return switch (hex) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> Double.parseDouble(hex);
            };
        }

        private String token() {
            int start = pos;
            while (pos < text.length() && " )]}".indexOf(text.charAt(pos)) < 0) pos++;
            return text.substring(start, pos);
        }

        private String until(char end) {
            int stop = text.indexOf(end, pos);
            String token = text.substring(pos, stop);
            pos = stop + 1;
            return token;
        }

        private void expect(char c) {
            skipSpaces();
            if (text.charAt(pos) != c) throw new IllegalArgumentException("expected " + c + " at " + pos + ": " + text);
            pos++;
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') pos++;
        }
    }

    /** A canonical text for a constant (frozensets sorted, code objects by unit index). */
    static String describe(Object value, java.util.function.Function<Object, Integer> codeIndex) {
        return switch (value) {
            case CodeRef ref -> "@" + ref.unit();
            case RawCode code -> "@" + codeIndex.apply(code);
            case ConstTuple t -> "(" + String.join(" ", t.items().stream().map(v -> describe(v, codeIndex)).toList()) + ")";
            case ConstFrozenSet s -> "{" + String.join(" ", s.items().stream().map(v -> describe(v, codeIndex)).sorted().toList()) + "}";
            case ConstSlice s -> "S(" + describe(s.start(), codeIndex) + " " + describe(s.stop(), codeIndex) + " " + describe(s.step(), codeIndex) + ")";
            case Double d -> "f" + d + "/" + Long.toHexString(Double.doubleToRawLongBits(d));
            case Ast.Imaginary im -> "j" + Long.toHexString(Double.doubleToRawLongBits(im.imag()));
            case ConstComplex c -> c.real() == 0.0 && Double.doubleToRawLongBits(c.real()) == 0
                    ? "j" + Long.toHexString(Double.doubleToRawLongBits(c.imag()))
                    : "c" + Long.toHexString(Double.doubleToRawLongBits(c.real())) + "," + Long.toHexString(Double.doubleToRawLongBits(c.imag()));
            case String s -> "'" + s + "'";
            default -> String.valueOf(value);
        };
    }
}
