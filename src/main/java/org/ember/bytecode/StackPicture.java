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
    public record Item(String name, String sizeText, IntUnaryOperator size) {
        int count(int oparg) {
            return size.applyAsInt(oparg);
        }
    }

    private final String text;
    private final List<Item> inputs;
    private final List<Item> outputs;

    /** pops/pushes when no count depends on the oparg (-1 otherwise): the compiler asks for them per instruction. */
    private final int constantPops;
    private final int constantPushes;

    private StackPicture(String text, List<Item> inputs, List<Item> outputs) {
        this.text = text;
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
        this.constantPops = constantTotal(this.inputs);
        this.constantPushes = constantTotal(this.outputs);
    }

    private static int constantTotal(List<Item> items) {
        int sum = 0;
        for (Item item : items) {
            if (item.sizeText() != null) return -1;
            sum += item.count(0);
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

    /** How many values the instruction reads from the stack (including peeked ones). */
    public int pops(int oparg) {
        if (constantPops >= 0) return constantPops;
        return total(inputs, oparg);
    }

    /** How many values the instruction leaves in the place of the ones it read. */
    public int pushes(int oparg) {
        if (constantPushes >= 0) return constantPushes;
        return total(outputs, oparg);
    }

    /** Net change of the stack depth. */
    public int effect(int oparg) {
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

    private static int total(List<Item> items, int oparg) {
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
            return new Item(item, null, oparg -> 1);
        }
        if (!item.endsWith("]")) {
            throw new IllegalArgumentException("unclosed '[' in stack item '" + item + "' of: " + picture);
        }
        String name = item.substring(0, bracket).strip();
        requireName(name, picture);
        String sizeText = item.substring(bracket + 1, item.length() - 1).strip();
        return new Item(name, sizeText, new SizeParser(sizeText, picture).parse());
    }

    private static void requireName(String name, String picture) {
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            throw new IllegalArgumentException("bad stack item name '" + name + "' in: " + picture);
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

        IntUnaryOperator parse() {
            IntUnaryOperator result = bitAnd();
            skipSpaces();
            if (pos != text.length()) throw error("unexpected '" + text.substring(pos) + "'");
            return result;
        }

        private IntUnaryOperator bitAnd() {
            IntUnaryOperator left = shift();
            while (accept("&")) {
                IntUnaryOperator l = left, r = shift();
                left = oparg -> l.applyAsInt(oparg) & r.applyAsInt(oparg);
            }
            return left;
        }

        private IntUnaryOperator shift() {
            IntUnaryOperator left = sum();
            while (accept(">>")) {
                IntUnaryOperator l = left, r = sum();
                left = oparg -> l.applyAsInt(oparg) >> r.applyAsInt(oparg);
            }
            return left;
        }

        private IntUnaryOperator sum() {
            IntUnaryOperator left = product();
            while (true) {
                if (accept("+")) {
                    IntUnaryOperator l = left, r = product();
                    left = oparg -> l.applyAsInt(oparg) + r.applyAsInt(oparg);
                } else if (accept("-")) {
                    IntUnaryOperator l = left, r = product();
                    left = oparg -> l.applyAsInt(oparg) - r.applyAsInt(oparg);
                } else {
                    return left;
                }
            }
        }

        private IntUnaryOperator product() {
            IntUnaryOperator left = atom();
            while (accept("*")) {
                IntUnaryOperator l = left, r = atom();
                left = oparg -> l.applyAsInt(oparg) * r.applyAsInt(oparg);
            }
            return left;
        }

        private IntUnaryOperator atom() {
            skipSpaces();
            if (accept("(")) {
                IntUnaryOperator inner = bitAnd();
                if (!accept(")")) throw error("missing ')'");
                return inner;
            }
            if (text.startsWith("oparg", pos)) {
                pos += "oparg".length();
                return oparg -> oparg;
            }
            int value = literal();
            return oparg -> value;
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
