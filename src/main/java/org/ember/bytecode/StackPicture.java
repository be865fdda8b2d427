package org.ember.bytecode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * An instruction's stack effect written as a picture, in the style of CPython's
 * {@code bytecodes.c}: {@code "callable, self_or_null, args[oparg] -- res"}.
 *
 * <p>Left of {@code --} are the values the instruction reads from the top of the stack (the
 * rightmost is the top); right of it are the values it leaves there. An item {@code name[size]}
 * stands for {@code size} values, where {@code size} is an integer expression in {@code oparg}
 * using {@code + - * & >>}, parentheses and decimal or hex literals. Values that are only peeked
 * at are written on both sides (as CPython does), so {@link #pops} is also the minimum stack depth
 * the instruction needs.
 *
 * <p>Pictures are parsed once, when the instruction table is built; evaluating a count afterwards
 * is a handful of arithmetic operations and allocates nothing.
 */
public final class StackPicture {
    /** One named stack item: {@code size} values (1 for a plain name). */
    public record Item(String name, String sizeText, IntUnaryOperator size, Affine affine) {
        int count(int oparg) {
            return size.applyAsInt(oparg);
        }
    }

    /** {@code slope * oparg + constant}: what most sizes are, evaluated without calling the composed function. */
    public record Affine(int slope, int constant) {
        static final Affine ONE = new Affine(0, 1);

        Affine plus(Affine other, int sign) {
            return new Affine(slope + sign * other.slope, constant + sign * other.constant);
        }
    }

    private final String text;
    private final List<Item> inputs;
    private final List<Item> outputs;

    /**
     * pops/pushes as {@code slope * oparg + constant} when every count is affine in the oparg
     * (null otherwise): the compiler asks for them per instruction.
     */
    private final Affine affinePops;
    private final Affine affinePushes;
    /** effect() as slope * oparg + constant when both sides are affine (flat ints: one load less per call). */
    private final boolean affineEffect;
    private final int effectSlope;
    private final int effectConstant;
    private final Item[] inputArray;
    private final Item[] outputArray;

    private StackPicture(String text, List<Item> inputs, List<Item> outputs) {
        this.text = text;
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
        this.inputArray = inputs.toArray(new Item[0]);
        this.outputArray = outputs.toArray(new Item[0]);
        this.affinePops = affineTotal(inputArray);
        this.affinePushes = affineTotal(outputArray);
        this.affineEffect = affinePops != null && affinePushes != null;
        this.effectSlope = affineEffect ? affinePushes.slope() - affinePops.slope() : 0;
        this.effectConstant = affineEffect ? affinePushes.constant() - affinePops.constant() : 0;
    }

    private static Affine affineTotal(Item[] items) {
        Affine sum = new Affine(0, 0);
        for (Item item : items) {
            if (item.affine() == null) return null;
            sum = sum.plus(item.affine(), 1);
        }
        return sum;
    }

    /** Parses a picture; throws {@link IllegalArgumentException} naming the bad spot. */
    public static StackPicture parse(String picture) {
        int arrow = picture.indexOf("--");
        if (arrow < 0 || picture.indexOf("--", arrow + 2) >= 0) {
            throw new IllegalArgumentException("stack picture needs exactly one '--': " + picture);
        }
        List<Item> inputs = parseItems(picture.substring(0, arrow), picture);
        List<Item> outputs = parseItems(picture.substring(arrow + 2), picture);
        return new StackPicture(picture.strip(), inputs, outputs);
    }

    /** {@link #pops} as {@code slope * oparg + constant}, or null when some count is not affine. */
    public Affine affinePops() {
        return affinePops;
    }

    /** {@link #pushes} as {@code slope * oparg + constant}, or null when some count is not affine. */
    public Affine affinePushes() {
        return affinePushes;
    }

    /** How many values the instruction reads from the stack (including peeked ones). */
    public int pops(int oparg) {
        Affine affine = affinePops;
        if (affine != null) return affine.slope * oparg + affine.constant;
        return total(inputArray, oparg);
    }

    /** How many values the instruction leaves in the place of the ones it read. */
    public int pushes(int oparg) {
        Affine affine = affinePushes;
        if (affine != null) return affine.slope * oparg + affine.constant;
        return total(outputArray, oparg);
    }

    /** Net change of the stack depth. */
    public int effect(int oparg) {
        if (affineEffect) return effectSlope * oparg + effectConstant;
        return pushes(oparg) - pops(oparg);
    }

    public List<Item> inputs() {
        return inputs;
    }

    public List<Item> outputs() {
        return outputs;
    }

    /** True when no count depends on the oparg. */
    public boolean isConstant() {
        for (Item item : inputs) {
            if (item.sizeText() != null) return false;
        }
        for (Item item : outputs) {
            if (item.sizeText() != null) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }

    private static int total(Item[] items, int oparg) {
        int sum = 0;
        for (Item item : items) {
            sum += item.count(oparg);
        }
        return sum;
    }

    private static List<Item> parseItems(String side, String picture) {
        List<Item> items = new ArrayList<>();
        if (side.isBlank()) return items;
        for (String part : side.split(",", -1)) {
            items.add(parseItem(part.strip(), picture));
        }
        return items;
    }

    private static Item parseItem(String item, String picture) {
        int bracket = item.indexOf('[');
        if (bracket < 0) {
            requireName(item, picture);
            return new Item(item, null, oparg -> 1, Affine.ONE);
        }
        if (!item.endsWith("]")) {
            throw new IllegalArgumentException("unclosed '[' in stack item '" + item + "' of: " + picture);
        }
        String name = item.substring(0, bracket).strip();
        requireName(name, picture);
        String sizeText = item.substring(bracket + 1, item.length() - 1).strip();
        SizeParser parser = new SizeParser(sizeText, picture);
        Size size = parser.parse();
        return new Item(name, sizeText, size.function, size.affine);
    }

    private static void requireName(String name, String picture) {
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            throw new IllegalArgumentException("bad stack item name '" + name + "' in: " + picture);
        }
    }

    /** A parsed size: the composed function, and its affine form when it has one (else null). */
    private record Size(IntUnaryOperator function, Affine affine) {
        static Size combine(IntUnaryOperator function, Affine affine) {
            return new Size(function, affine);
        }

        static Size constant(int value) {
            return new Size(oparg -> value, new Affine(0, value));
        }

        boolean isConstant() {
            return affine != null && affine.slope() == 0;
        }
    }

    /**
     * Recursive-descent parser for size expressions, producing a composed function of the oparg.
     * Precedence (loosest first) follows C and Python: {@code &}, then {@code >>}, then
     * {@code + -}, then {@code *}.
     */
    private static final class SizeParser {
        private final String text;
        private final String picture;
        private int pos;

        SizeParser(String text, String picture) {
            this.text = text;
            this.picture = picture;
        }

        Size parse() {
            Size result = bitAnd();
            skipSpaces();
            if (pos != text.length()) throw error("unexpected '" + text.substring(pos) + "'");
            return result;
        }

        private Size bitAnd() {
            Size left = shift();
            while (accept("&")) {
                Size l = left, r = shift();
                left = Size.combine(oparg -> l.function.applyAsInt(oparg) & r.function.applyAsInt(oparg),
                        l.isConstant() && r.isConstant() ? new Affine(0, l.affine.constant() & r.affine.constant()) : null);
            }
            return left;
        }

        private Size shift() {
            Size left = sum();
            while (accept(">>")) {
                Size l = left, r = sum();
                left = Size.combine(oparg -> l.function.applyAsInt(oparg) >> r.function.applyAsInt(oparg),
                        l.isConstant() && r.isConstant() ? new Affine(0, l.affine.constant() >> r.affine.constant()) : null);
            }
            return left;
        }

        private Size sum() {
            Size left = product();
            while (true) {
                if (accept("+")) {
                    Size l = left, r = product();
                    left = Size.combine(oparg -> l.function.applyAsInt(oparg) + r.function.applyAsInt(oparg),
                            l.affine != null && r.affine != null ? l.affine.plus(r.affine, 1) : null);
                } else if (accept("-")) {
                    Size l = left, r = product();
                    left = Size.combine(oparg -> l.function.applyAsInt(oparg) - r.function.applyAsInt(oparg),
                            l.affine != null && r.affine != null ? l.affine.plus(r.affine, -1) : null);
                } else {
                    return left;
                }
            }
        }

        private Size product() {
            Size left = atom();
            while (accept("*")) {
                Size l = left, r = atom();
                Affine affine = null;
                if (l.affine != null && r.isConstant()) affine = scaled(l.affine, r.affine.constant());
                else if (r.affine != null && l.isConstant()) affine = scaled(r.affine, l.affine.constant());
                left = Size.combine(oparg -> l.function.applyAsInt(oparg) * r.function.applyAsInt(oparg), affine);
            }
            return left;
        }

        private static Affine scaled(Affine a, int factor) {
            return new Affine(a.slope() * factor, a.constant() * factor);
        }

        private Size atom() {
            skipSpaces();
            if (accept("(")) {
                Size inner = bitAnd();
                if (!accept(")")) throw error("missing ')'");
                return inner;
            }
            if (text.startsWith("oparg", pos)) {
                pos += "oparg".length();
                return Size.combine(oparg -> oparg, new Affine(1, 0));
            }
            return Size.constant(literal());
        }

        private int literal() {
            int start = pos;
            int radix = 10;
            if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
                radix = 16;
                pos += 2;
                start = pos;
            }
            while (pos < text.length() && Character.digit(text.charAt(pos), radix) >= 0) pos++;
            if (start == pos) throw error("expected 'oparg', a number or '('");
            return Integer.parseInt(text.substring(start, pos), radix);
        }

        private boolean accept(String token) {
            skipSpaces();
            if (text.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') pos++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(
                    what + " at column " + pos + " of size '" + text + "' in: " + picture);
        }
    }
}
