package org.ember.parser;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Builds {@link Ast} trees from the serialized form written by tools/gen-astdump-data.py, so that
 * AST tests can use trees recorded from CPython without depending on Ember's parser.
 * Records every node class it instantiates, for coverage checks.
 */
final class AstTrees {
    /** Python class name → Ast record class, for every record in Ast. */
    static final Map<String, Class<?>> RECORDS = new HashMap<>();
    /** Python class name → constant of a simple sum type (Load, Add, Eq ...). */
    static final Map<String, Enum<?>> SIMPLE = new HashMap<>();

    static {
        for (Class<?> c : Ast.class.getDeclaredClasses()) {
            if (c.isRecord() && Ast.Node.class.isAssignableFrom(c)) {
                @SuppressWarnings("unchecked")
                Class<? extends Ast.Node> node = (Class<? extends Ast.Node>) c;
                RECORDS.put(Ast.pythonName(node), c);
            } else if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) SIMPLE.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
        }
    }

    final java.util.Set<Class<?>> built = new LinkedHashSet<>();
    private final String text;
    private int pos;

    private AstTrees(String text) {
        this.text = text;
    }

    static Ast.Node parse(String serialized, java.util.Set<Class<?>> built) {
        AstTrees reader = new AstTrees(serialized);
        Object value = reader.read(Object.class);
        built.addAll(reader.built);
        if (reader.pos != serialized.length()) throw new IllegalArgumentException("trailing text at " + reader.pos);
        return (Ast.Node) value;
    }

    /** Reads one value; {@code target} is the Java type of the component it will fill. */
    private Object read(Class<?> target) {
        skipSpaces();
        char c = text.charAt(pos);
        switch (c) {
            case '(' -> { return readNode(); }
            case '[' -> { return readList(); }
            case '"' -> { return readString(); }
            case '_' -> { pos++; return null; }
            case 'N' -> { pos++; return Ast.NONE; }
            case 'E' -> { pos++; return Ast.ELLIPSIS; }
            case 'T' -> { pos++; return Boolean.TRUE; }
            case 'F' -> { pos++; return Boolean.FALSE; }
            default -> { }
        }
        String token = word();
        String body = token.substring(1);
        return switch (token.charAt(0)) {
            case 'i' -> intValue(new BigInteger(body), target);
            case 'f' -> Double.longBitsToDouble(Long.parseUnsignedLong(body, 16));
            case 'j' -> new Ast.Imaginary(Double.longBitsToDouble(Long.parseUnsignedLong(body, 16)));
            case 'b' -> new Ast.Bytes(HexFormat.of().parseHex(body));
            default -> throw new IllegalArgumentException("bad token " + token + " at " + pos);
        };
    }

    private static Object intValue(BigInteger v, Class<?> target) {
        if (target == int.class || target == Integer.class) return v.intValueExact();
        return Ast.intValue(v);
    }

    private Object readNode() {
        pos++;                                   // (
        String name = word();
        Enum<?> simple = SIMPLE.get(name);
        if (simple != null && !RECORDS.containsKey(name)) {
            expect(')');
            return simple;
        }
        Class<?> type = RECORDS.get(name);
        if (type == null) throw new IllegalArgumentException("no Ast record for " + name);
        built.add(type);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = read(types[i]);
        }
        expect(')');
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build " + name, e);
        }
    }

    private java.util.List<Object> readList() {
        pos++;                                   // [
        java.util.List<Object> list = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (text.charAt(pos) == ']') { pos++; return list; }
            list.add(read(Object.class));
        }
    }

    private String readString() {
        pos++;                                   // opening quote
        StringBuilder sb = new StringBuilder();
        while (text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\') {                     // \\uXXXX: one UTF-16 unit
                sb.append((char) Integer.parseInt(text.substring(pos + 1, pos + 5), 16));
                pos += 5;
            } else {
                sb.append(c);
            }
        }
        pos++;
        return sb.toString();
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && " ()[]".indexOf(text.charAt(pos)) < 0) pos++;
        return text.substring(start, pos);
    }

    private void expect(char c) {
        skipSpaces();
        if (text.charAt(pos) != c) throw new IllegalArgumentException("expected " + c + " at " + pos);
        pos++;
    }

    private void skipSpaces() {
        while (text.charAt(pos) == ' ') pos++;
    }
}
