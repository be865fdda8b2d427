package org.ember.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TEST-ONLY stand-in for {@code ast.dump(tree, include_attributes=True, indent=1)}, written so
 * the parser can be checked before the real {@code org.ember.parser.AstDump} lands. It walks
 * record components; delete it once AstDump is merged and use that instead.
 */
final class TestOnlyAstDump {
    private TestOnlyAstDump() {}

    private static final Set<String> ATTRIBUTES = Set.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    static String dump(Ast.Node node) {
        return format(node, 0, true).text;
    }

    /** {@code ast.dump(tree, include_attributes=True)}: no indent, one line. */
    static String dumpOneLine(Ast.Node node) {
        return format(node, 0, false).text;
    }

    private record Formatted(String text, boolean simple) {}

    private static Formatted format(Object value, int level, boolean indent) {
        level++;
        String prefix = indent ? "\n" + " ".repeat(level) : "";
        String sep = indent ? ",\n" + " ".repeat(level) : ", ";
        if (value instanceof Ast.Node node) {
            List<String> args = new ArrayList<>();
            List<String> attrs = new ArrayList<>();
            boolean allSimple = true;
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                Object v = get(rc, node);
                String name = rc.getName();
                if (ATTRIBUTES.contains(name) && !(node instanceof Ast.TypeIgnore)) {
                    attrs.add(name + "=" + v);
                    continue;
                }
                if (v == null) continue;
                boolean isConstantValue = node instanceof Ast.Constant || node instanceof Ast.MatchSingleton;
                if (!isConstantValue && v instanceof List<?> l && l.isEmpty()) continue;
                Formatted f = format(v, level, indent);
                allSimple &= f.simple;
                args.add(name + "=" + f.text);
            }
            args.addAll(attrs);
            String cls = pythonClassName(node);
            if (allSimple && args.size() <= 3) {
                return new Formatted(cls + "(" + String.join(", ", args) + ")", args.isEmpty());
            }
            return new Formatted(cls + "(" + prefix + String.join(sep, args) + ")", false);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) return new Formatted("[]", true);
            List<String> items = new ArrayList<>();
            for (Object o : list) items.add(format(o, level, indent).text);
            return new Formatted("[" + prefix + String.join(sep, items) + "]", false);
        }
        if (value instanceof Enum<?> e) {
            return new Formatted(e.name() + "()", true);
        }
        return new Formatted(repr(value), true);
    }

    /** Product types are lower-case in Python's ast module (Ast.pythonName does not know that). */
    private static String pythonClassName(Ast.Node node) {
        return switch (node) {
            case Ast.Arguments a -> "arguments";
            case Ast.Arg a -> "arg";
            case Ast.Keyword k -> "keyword";
            case Ast.Alias a -> "alias";
            case Ast.WithItem w -> "withitem";
            case Ast.MatchCase m -> "match_case";
            case Ast.Comprehension c -> "comprehension";
            default -> Ast.pythonName(node);
        };
    }

    private static Object get(RecordComponent rc, Object o) {
        try {
            return rc.getAccessor().invoke(o);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String repr(Object v) {
        if (v == null) return "None";
        if (v instanceof String s) return strRepr(s);
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) return v.toString();
        if (v instanceof Double d) return floatRepr(d, true);
        if (v instanceof Ast.Imaginary im) return floatRepr(im.imag(), false) + "j";
        if (v instanceof Ast.Bytes b) return bytesRepr(b.value());
        return v.toString();   // None, Ellipsis
    }

    static String floatRepr(double d, boolean addPointZero) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-0" : "0") + (addPointZero ? ".0" : "");
        BigDecimal bd = shortestRepr(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();   // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        String s;
        if (exp < 0) {
            s = "0." + "0".repeat(-exp - 1) + digits;
        } else if (digits.length() <= exp + 1) {
            s = digits + "0".repeat(exp + 1 - digits.length()) + (addPointZero ? ".0" : "");
        } else {
            s = digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
        }
        return sign + s;
    }

    /** The shortest decimal that reads back as {@code d} (Python's repr digits). */
    private static BigDecimal shortestRepr(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal r = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return exact.stripTrailingZeros();
    }

    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp == '\t') sb.append("\\t");
            else if (cp < 0x20 || cp == 0x7f) sb.append(String.format("\\x%02x", cp));
            else if (cp >= 0x80 && !printable(cp)) {
                if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
                else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
                else sb.append(String.format("\\U%08x", cp));
            } else sb.appendCodePoint(cp);
        });
        return sb.append(quote).toString();
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.SPACE_SEPARATOR && cp != ' '));
    }

    static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) { if (x == '\'') hasSingle = true; if (x == '"') hasDouble = true; }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }
}
