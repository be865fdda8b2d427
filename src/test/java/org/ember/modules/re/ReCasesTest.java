package org.ember.modules.re;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.junit.jupiter.api.Test;

/**
 * The regular-expression case table recorded from CPython 3.13 by tools/gen-re-cases.py
 * (src/test/resources/re/cases.txt): pattern, flags and subject, and what search / match /
 * fullmatch / finditer / sub / compile gave — spans of every group and lastindex, or the
 * error with its message and position. Runs the Java engine directly (no interpreter).
 */
class ReCasesTest {
    static final Path CASES = Path.of("src/test/resources/re/cases.txt");
    /** Random patterns and subjects with CPython's outcome (tools/gen-re-fuzz.py). */
    static final Path FUZZ = Path.of("src/test/resources/re/fuzz.txt");
    /** Rows where CPython 3.14 differs from 3.13 (recorded with python3.14): Ember follows 3.14. */
    static final Path EXPECT_314 = Path.of("src/test/resources/re/expect-3.14.txt");

    private static java.util.Map<String, String> overrides314() throws IOException {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String line : Files.readAllLines(EXPECT_314, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            int lastTab = line.lastIndexOf('\t');
            map.put(line.substring(0, lastTab), line.substring(lastTab + 1));
        }
        return map;
    }

    @Test
    void everyRecordedCase() throws IOException {
        checkTable(CASES, 500);
    }

    @Test
    void everyRecordedRandomCase() throws IOException {
        checkTable(FUZZ, 3000);
    }

    /** Group-heavy random patterns (tools/gen-re-fuzz-groups.py): which captures survive backtracking. */
    @Test
    void everyRecordedRandomGroupCase() throws IOException {
        checkTable(Path.of("src/test/resources/re/fuzz-groups.txt"), 2500);
    }

    private static void checkTable(Path table, int minRows) throws IOException {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= minRows, "the table has " + lines.size() + " rows");
        java.util.Map<String, String> overrides = overrides314();
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String override = overrides.get(line.substring(0, line.lastIndexOf('\t')));
            if (override != null) f[4] = override;
            String mode = f[0];
            int flags = Integer.parseInt(f[1]);
            String pattern = unescape(f[2]), string = unescape(f[3]), expected = f[4];
            String actual;
            try {
                actual = run(mode, flags, pattern, string);
            } catch (RegexError e) {
                actual = describe(e);
            } catch (RuntimeException e) {
                actual = "crash " + e;
            }
            if (!expected.equals(actual)) {
                failures.add(line + "\n    got: " + actual);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + lines.size() + " cases differ:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    static String describe(RegexError e) {
        String type = switch (e.kind) {
            case PATTERN -> "error";
            case OVERFLOW -> "OverflowError";
            case VALUE -> "ValueError";
            case INDEX -> "IndexError";
            case RECURSION -> "RecursionError";
        };
        String pos = e.kind == RegexError.Kind.PATTERN && e.pos >= 0 ? Integer.toString(e.pos) : "-";
        return "E " + type + " " + pos + " " + escape(e.getMessage());
    }

    static String run(String mode, int flags, String pattern, String string) {
        Program program = RegexCompiler.compile(pattern.codePoints().toArray(), true, flags);
        if (mode.equals("p")) return "P " + (program.groups - 1) + " " + program.flags;
        PatternObject p = new PatternObject(program, new PyStr(pattern), null);
        if (mode.equals("r")) {
            String[] parts = string.split("\u0001", -1);
            Template.parse(parts[0].codePoints().toArray(), p);
            Object result = p.sub(new PyStr(parts[0]), new PyStr(parts[1]), 0, false);
            return "S " + escape(((PyStr) result).value());
        }
        Subject s = new Subject.Str(new PyStr(string), null);
        Matcher m = new Matcher(program, s, s.length());
        if (mode.equals("i")) {
            StringBuilder sb = new StringBuilder("I");
            int start = 0;
            while (start <= s.length() && m.search(start)) {
                sb.append(' ').append(m.regs[0]).append(' ').append(m.regs[1]);
                m.noEmptyAt = m.regs[0] == m.regs[1] ? m.regs[1] : -1;
                start = m.regs[1];
            }
            return sb.toString();
        }
        boolean found = switch (mode) {
            case "s" -> m.search(0);
            case "m" -> m.matchAt(0, false);
            case "f" -> m.matchAt(0, true);
            default -> throw new IllegalArgumentException(mode);
        };
        if (!found) return "N";
        StringBuilder sb = new StringBuilder("M ");
        int li = m.regs[program.lastIndexRegister()];
        sb.append(li < 0 ? "-" : Integer.toString(li));
        for (int g = 0; g < program.groups; g++) {
            int st = m.regs[2 * g], en = m.regs[2 * g + 1];
            boolean set = st >= 0 && en >= 0 && en >= st;
            sb.append(' ').append(set ? st : -1).append(' ').append(set ? en : -1);
        }
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\\') sb.append("\\\\");
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c >= 0x20 && c < 0x7f) sb.append((char) c);
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.toString();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char k = s.charAt(++i);
            switch (k) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> throw new IllegalArgumentException("bad escape in case table: " + s);
            }
        }
        return sb.toString();
    }
}
