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
        return dump(node, annotateFields, includeAttributes, indent, Integer.MAX_VALUE);
    }

    /**
     * {@link #dump(Ast.Node, boolean, boolean, int)} that fails where CPython's would with
     * RecursionError: CPython's {@code ast.dump} is recursive Python code, one frame per value
     * formatted plus one generator frame per non-empty list, and {@code frameBudget} is how many
     * frames the recursion limit leaves it (995 under {@code python -m ast}: the limit of 1000
     * minus the frames of runpy, the module, main and dump).
     *
     * @throws RecursionLimit when the tree is deeper than the budget (or than the Java stack)
     */
    public static String dump(Ast.Node node, boolean annotateFields, boolean includeAttributes, int indent,
                              int frameBudget) {
        Formatter formatter = new Formatter(annotateFields, includeAttributes, indent < 0 ? null : " ".repeat(indent),
                frameBudget);
        try {
            return formatter.dump(node);
        } catch (StackOverflowError e) {
            throw new RecursionLimit("maximum recursion depth exceeded");
        }
    }

    /** Python's RecursionError, raised where CPython's recursion limit would stop it. */
    public static final class RecursionLimit extends RuntimeException {
        public RecursionLimit(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The nesting depth of nodes (the root counts 1; the simple nodes such as {@code Load} and
     * {@code Add}, and lists, do not count), which is what CPython's conversion of its C tree to
     * Python objects limits ("maximum recursion depth exceeded during ast construction").
     * Computed without recursion, so any depth is safe.
     */
    public static int nodeDepth(Ast.Node root) {
        /** A field value still to visit and the depth of the nodes it holds. */
        record Pending(Object value, int depth) {}
        int deepest = 0;
        java.util.ArrayDeque<Pending> stack = new java.util.ArrayDeque<>();
        stack.push(new Pending(root, 1));
        while (!stack.isEmpty()) {
            Pending top = stack.pop();
            if (top.value instanceof Ast.Node node) {
                deepest = Math.max(deepest, top.depth);
                Shape shape = SHAPES.get(node.getClass());
                for (int i = 0; i < shape.fieldCount; i++) {
                    Object child = shape.get(node, i);
                    if (child instanceof Ast.Node || child instanceof java.util.List<?>) {
                        stack.push(new Pending(child, top.depth + 1));
                    }
                }
            } else if (top.value instanceof java.util.List<?> list) {
                for (Object item : list) if (item instanceof Ast.Node) stack.push(new Pending(item, top.depth));
            }
        }
        return deepest;
    }

    /** {@code ast.dump(node)} with the defaults: annotated fields, no attributes, one line. */
    public static String dump(Ast.Node node) {
        return dump(node, true, false, -1);
    }

    /**
     * Writes the dump into one StringBuilder. CPython builds each node's text from its children's
     * texts, which copies deep subtrees once per level (quadratic in depth); here a node's layout
     * is decided before its children are written, which is possible because the one-line rule
     * only looks at whether the arguments are "simple", and that is known without formatting them.
     */
    private static final class Formatter {
        private final boolean annotateFields;
        private final boolean includeAttributes;
        private final String indent;            // null: single line
        private final int frameBudget;
        private final StringBuilder out = new StringBuilder();

        Formatter(boolean annotateFields, boolean includeAttributes, String indent, int frameBudget) {
            this.annotateFields = annotateFields;
            this.includeAttributes = includeAttributes;
            this.indent = indent;
            this.frameBudget = frameBudget;
        }

        String dump(Ast.Node root) {
            format(root, 0, 1);
            return out.toString();
        }

        /** Writes one value; {@code frames} counts the Python frames CPython would have in use. */
        private void format(Object value, int level, int frames) {
            checkFrames(frames);
            if (indent != null) level++;
            switch (value) {
                case Ast.Node node -> formatNode(node, level, frames);
                case Enum<?> simpleNode -> out.append(simpleNode.name()).append("()");
                case java.util.List<?> list -> formatList(list, level, frames);
                case null, default -> out.append(scalarRepr(value));     // null: a Dict key for **
            }
        }

        private void checkFrames(int frames) {
            if (frames > frameBudget) throw new RecursionLimit("maximum recursion depth exceeded");
        }

        /** Starts a new line at {@code level} when indenting; {@code comma} separates arguments. */
        private void separator(int level, boolean comma) {
            if (comma) out.append(',');
            if (indent == null) {
                if (comma) out.append(' ');
            } else {
                out.append('\n');
                for (int i = 0; i < level; i++) out.append(indent);
            }
        }

        private void formatList(java.util.List<?> list, int level, int frames) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            checkFrames(frames + 1);                                   // the generator's frame
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                separator(level, i > 0);
                format(list.get(i), level, frames + 2);
            }
            out.append(']');
        }

        /** One argument of a node: a keyword (or null when positional) and the value, or a literal "[]". */
        private record Arg(String keyword, Object value) {}

        private static final Object EMPTY_LIST_TEXT = new Object();

        private void formatNode(Ast.Node node, int level, int frames) {
            Shape shape = SHAPES.get(node.getClass());
            java.util.List<Arg> args = arguments(node, shape);
            boolean allSimple = true;
            for (Arg a : args) allSimple &= a.value == EMPTY_LIST_TEXT || isSimple(a.value);
            boolean oneLine = allSimple && args.size() <= 3;
            out.append(shape.pythonName).append('(');
            for (int i = 0; i < args.size(); i++) {
                if (oneLine) {
                    if (i > 0) out.append(", ");
                } else {
                    separator(level, i > 0);
                }
                Arg a = args.get(i);
                if (a.keyword != null) out.append(a.keyword).append('=');
                if (a.value == EMPTY_LIST_TEXT) out.append("[]");
                else format(a.value, level, frames + 1);
            }
            out.append(')');
        }

        /**
         * The arguments CPython writes for a node, in order: absent optional fields are left out
         * and switch to keywords; empty lists are left out, except that while fields are still
         * positional a later field brings the skipped ones back as "[]".
         */
        private java.util.List<Arg> arguments(Ast.Node node, Shape shape) {
            java.util.List<Arg> args = new ArrayList<>();
            int pendingEmptyLists = 0;
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
                    for (; pendingEmptyLists > 0; pendingEmptyLists--) args.add(new Arg(null, EMPTY_LIST_TEXT));
                }
                args.add(new Arg(keywords ? shape.names[i] : null, value));
            }
            if (includeAttributes) {
                for (int i = shape.fieldCount; i < shape.names.length; i++) {
                    args.add(new Arg(shape.names[i], shape.get(node, i)));
                }
            }
            return args;
        }

        /** CPython's "simple": a scalar, an empty list, or a node written with no arguments at all. */
        private boolean isSimple(Object value) {
            return switch (value) {
                case java.util.List<?> list -> list.isEmpty();
                case Ast.Node node -> arguments(node, SHAPES.get(node.getClass())).isEmpty();
                case null, default -> true;
            };
        }
    }

    /** Python's repr of a field value or constant that is not a node or list. */
    static String scalarRepr(Object value) {
        return switch (value) {
            case null -> "None";                       // e.g. a Dict key for **unpacking
            case String s -> Repr.str(s);
            case SurrogateStr s -> Repr.str(s.codePoints());
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
