package org.ember.modules.re;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.PyStr;

/**
 * A replacement template for sub()/expand(): literal chunks and group references, parsed with
 * the rules and messages of CPython's {@code re._parser.parse_template}.
 */
final class Template {
    /** literals[k] precedes groups[k]; the last literal follows the last group. */
    private final String[] literals;
    private final int[] groups;

    private Template(String[] literals, int[] groups) {
        this.literals = literals;
        this.groups = groups;
    }

    /** Parses a template given as code points (bytes templates: one per byte, latin-1). */
    static Template parse(int[] source, PatternObject pattern) {
        return new TemplateParser(source, pattern.program).parse();
    }

    void expand(StringBuilder out, Subject s, int[] regs) {
        for (int k = 0; k < groups.length; k++) {
            out.append(literals[k]);
            int g = groups[k];
            int st = regs[2 * g], en = regs[2 * g + 1];
            if (st >= 0 && en >= 0 && en >= st) PatternObject.appendSlice(out, s, st, en);
        }
        out.append(literals[groups.length]);
    }

    private static final class TemplateParser {
        private final int[] src;
        private final Program program;
        private int index;
        private String next;
        private int nextLen;

        TemplateParser(int[] src, Program program) {
            this.src = src;
            this.program = program;
            advance();
        }

        private void advance() {
            if (index >= src.length) {
                next = null;
                nextLen = 0;
                return;
            }
            int c = src[index];
            if (c == '\\') {
                if (index + 1 >= src.length) throw new RegexError("bad escape (end of pattern)", src.length - 1);
                next = new String(new int[] {c, src[index + 1]}, 0, 2);
                nextLen = 2;
                index += 2;
            } else {
                next = Character.toString(c);
                nextLen = 1;
                index += 1;
            }
        }

        private String get() {
            String t = next;
            advance();
            return t;
        }

        private boolean nextIn(String chars) {
            return next != null && nextLen == 1 && chars.indexOf(next.charAt(0)) >= 0;
        }

        private int tell() {
            return index - nextLen;
        }

        private RegexError error(String msg, int offset) {
            return new RegexError(msg, tell() - offset);
        }

        private static int cpLen(String s) {
            return s.codePointCount(0, s.length());
        }

        Template parse() {
            List<String> literals = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (true) {
                String tok = get();
                if (tok == null) break;
                if (tok.length() >= 2 && tok.charAt(0) == '\\') {
                    int c = tok.codePointAt(1);
                    if (c == 'g') {
                        int index = namedGroup();
                        literals.add(literal.toString());
                        literal.setLength(0);
                        groups.add(index);
                    } else if (c == '0') {
                        String t = tok;
                        if (nextIn("01234567")) {
                            t += get();
                            if (nextIn("01234567")) t += get();
                        }
                        literal.appendCodePoint(Integer.parseInt(t.substring(1), 8) & 0xff);
                    } else if (c >= '1' && c <= '9') {
                        String t = tok;
                        boolean octal = false;
                        if (nextIn("0123456789")) {
                            t += get();
                            if (c <= '7' && t.charAt(2) <= '7' && nextIn("01234567")) {
                                t += get();
                                octal = true;
                                int v = Integer.parseInt(t.substring(1), 8);
                                if (v > 0377) {
                                    throw error("octal escape value " + t + " outside of range 0-0o377", cpLen(t));
                                }
                                literal.appendCodePoint(v);
                            }
                        }
                        if (!octal) {
                            int g = Integer.parseInt(t.substring(1));
                            checkGroup(g, cpLen(t) - 1);
                            literals.add(literal.toString());
                            literal.setLength(0);
                            groups.add(g);
                        }
                    } else {
                        int simple = switch (c) {
                            case 'a' -> 7; case 'b' -> 8; case 'f' -> 12; case 'n' -> 10;
                            case 'r' -> 13; case 't' -> 9; case 'v' -> 11; case '\\' -> '\\';
                            default -> -1;
                        };
                        if (simple >= 0) {
                            literal.appendCodePoint(simple);
                        } else {
                            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                                throw error("bad escape " + tok, cpLen(tok));
                            }
                            literal.append(tok);
                        }
                    }
                } else {
                    literal.append(tok);
                }
            }
            literals.add(literal.toString());
            return new Template(literals.toArray(new String[0]), groups.stream().mapToInt(Integer::intValue).toArray());
        }

        private void checkGroup(int g, int offset) {
            if (g > program.groups - 1) throw error("invalid group reference " + g, offset);
        }

        /** \g<name> or \g<number>. */
        private int namedGroup() {
            if (!(next != null && nextLen == 1 && next.equals("<"))) throw error("missing <", 0);
            advance();
            StringBuilder name = new StringBuilder();
            int len = 0;
            while (true) {
                String c = next;
                int clen = nextLen;
                advance();
                if (c == null) {
                    if (len == 0) throw error("missing group name", 0);
                    throw error("missing >, unterminated name", len);
                }
                if (clen == 1 && c.equals(">")) {
                    if (len == 0) throw error("missing group name", 1);
                    break;
                }
                name.append(c);
                len += clen;
            }
            String n = name.toString();
            boolean asciiDecimal = n.chars().allMatch(ch -> ch >= '0' && ch <= '9');
            int index;
            if (!asciiDecimal) {
                if (!PyStr.isIdentifier(n)) {
                    throw error("bad character in group name " + PyStr.repr(n), cpLen(n) + 1);
                }
                Integer g = program.groupIndex.get(n);
                if (g == null) throw new RegexError(RegexError.Kind.INDEX, "unknown group name " + PyStr.repr(n), -1);
                index = g;
            } else {
                BigInteger v = new BigInteger(n);
                if (v.compareTo(BigInteger.valueOf(RegexParser.MAXGROUPS)) >= 0) {
                    throw error("invalid group reference " + v, cpLen(n) + 1);
                }
                index = v.intValue();
            }
            checkGroup(index, cpLen(n) + 1);
            return index;
        }
    }
}
