package org.ember.parser;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;

import org.ember.runtime.Repr;

/**
 * CPython 3.13's {@code ast.dump(node, annotate_fields, include_attributes, indent=...)}, character
 * for character, over {@link Ast} records.
 *
 * <p>The rules, as CPython applies them (show_empty=False):
 * <ul>
 * <li>an optional field that is absent (Java null, Python None) is left out, and from then on the
 *     node's fields are written {@code name=value} even when annotate_fields is false, since
 *     positions no longer identify them;
 * <li>an empty list is left out too, but when fields are positional and a later field is written,
 *     the skipped empty lists are written as {@code []} to keep the positions right;
 *     {@code Constant} and {@code MatchSingleton} never leave out their value;
 * <li>with an indent, a node whose arguments are all "simple" (scalars, empty lists, nodes
 *     without arguments) and number at most three stays on one line; everything else puts each
 *     argument on its own line, indented one level deeper.
 * </ul>
 * Record components are read reflectively, once per class (the {@link Ast} records are named and
 * ordered exactly like CPython's {@code _fields}, then {@code _attributes}).
 */
public final class AstDump {
    private AstDump() {}

    /**
     * Formats a tree like {@code ast.dump}. {@code indent < 0} stands for Python's None (one
     * line); 0 and more put nested nodes on new lines indented by that many spaces per level.
     */
    public static String dump(Ast.Node node, boolean annotateFields, boolean includeAttributes, int indent) {
        return new AstDump.Formatter(annotateFields, includeAttributes, indent < 0 ? null : " ".repeat(indent))
                .format(node, 0).text;
    }

    /** {@code ast.dump(node)} with the defaults: annotated fields, no attributes, one line. */
    public static String dump(Ast.Node node) {
        return dump(node, true, false, -1);
    }

    /** One formatted value and whether CPython counts it as "simple" for the one-line rule. */
    private record Formatted(String text, boolean simple) {}

    private static final class Formatter {
        private final boolean annotateFields;
        private final boolean includeAttributes;
        private final String indent;            // null: single line

        Formatter(boolean annotateFields, boolean includeAttributes, String indent) {
            this.annotateFields = annotateFields;
            this.includeAttributes = includeAttributes;
            this.indent = indent;
        }

        Formatted format(Object value, int level) {
            if (indent != null) level++;
            String prefix = indent == null ? "" : "\n" + indent.repeat(level);
            String sep = indent == null ? ", " : ",\n" + indent.repeat(level);
            if (value instanceof Ast.Node node) return formatNode(node, level, prefix, sep);
            if (value instanceof Enum<?> simpleNode) return new Formatted(simpleNode.name() + "()", true);
            if (value instanceof java.util.List<?> list) return formatList(list, level, prefix, sep);
            return new Formatted(scalarRepr(value), true);
        }

        private Formatted formatList(java.util.List<?> list, int level, String prefix, String sep) {
            if (list.isEmpty()) return new Formatted("[]", true);
            StringBuilder sb = new StringBuilder("[").append(prefix);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(sep);
                sb.append(format(list.get(i), level).text);
            }
            return new Formatted(sb.append(']').toString(), false);
        }

        private Formatted formatNode(Ast.Node node, int level, String prefix, String sep) {
            Shape shape = SHAPES.get(node.getClass());
            java.util.List<String> args = new ArrayList<>();
            int pendingEmptyLists = 0;          // skipped [] fields, written if a later field is positional
            boolean allSimple = true;
            boolean keywords = annotateFields;
            boolean keepsEmptyValue = node instanceof Ast.Constant || node instanceof Ast.MatchSingleton;
            for (int i = 0; i < shape.fieldCount; i++) {
                Object value = shape.get(node, i);
                if (value == null) {            // an absent optional field
                    keywords = true;
                    continue;
                }
                if (!keepsEmptyValue && value instanceof java.util.List<?> l && l.isEmpty()) {
                    pendingEmptyLists++;
                    continue;
                } else if (!keywords) {
                    for (; pendingEmptyLists > 0; pendingEmptyLists--) args.add("[]");
                }
                Formatted f = format(value, level);
                allSimple &= f.simple;
                args.add(keywords ? shape.names[i] + "=" + f.text : f.text);
            }
            if (includeAttributes) {
                for (int i = shape.fieldCount; i < shape.names.length; i++) {
                    Formatted f = format(shape.get(node, i), level);
                    allSimple &= f.simple;
                    args.add(shape.names[i] + "=" + f.text);
                }
            }
            if (allSimple && args.size() <= 3) {
                return new Formatted(shape.pythonName + "(" + String.join(", ", args) + ")", args.isEmpty());
            }
            return new Formatted(shape.pythonName + "(" + prefix + String.join(sep, args) + ")", false);
        }
    }

    /** Python's repr of a field value or constant that is not a node or list. */
    static String scalarRepr(Object value) {
        return switch (value) {
            case null -> "None";                       // e.g. a Dict key for **unpacking
            case String s -> Repr.str(s);
            case Integer i -> Repr.intRepr(i);
            case Long l -> Repr.intRepr(l);
            case BigInteger b -> Repr.intRepr(b);
            case Double d -> Repr.floatRepr(d);
            case Boolean b -> b ? "True" : "False";
            case Ast.Bytes b -> Repr.bytes(b.value());
            case Ast.Imaginary j -> Repr.complexRepr(0.0, j.imag());
            case Ast.Singleton s -> s.repr();
            default -> throw new IllegalArgumentException("not an AST value: " + value.getClass().getName());
        };
    }

    // ---- per-class shape ------------------------------------------------------------------------

    /** A node class's Python name and component accessors; the last four are attributes when Located. */
    private record Shape(String pythonName, String[] names, MethodHandle[] getters, int fieldCount) {
        Object get(Ast.Node node, int i) {
            try {
                return getters[i].invoke(node);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + pythonName + "." + names[i], e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            MethodHandle[] getters = new MethodHandle[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                try {
                    getters[i] = lookup.unreflect(components[i].getAccessor());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            int attributes = Ast.Located.class.isAssignableFrom(type) ? 4 : 0;
            @SuppressWarnings("unchecked")
            String pythonName = Ast.pythonName((Class<? extends Ast.Node>) type);
            return new Shape(pythonName, names, getters, components.length - attributes);
        }
    };
}
