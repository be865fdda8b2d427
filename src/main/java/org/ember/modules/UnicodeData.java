package org.ember.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;

/**
 * {@code unicodedata} for Unicode 16.0.0 (the version of both CPython 3.14 and Java 25).
 *
 * <p>Java's {@link Character} answers the general category, the bidirectional class, mirroring
 * and most names; {@link Normalizer} does the four normalization forms. What Java does not expose
 * (combining classes, East Asian widths, decomposition mappings, numeric values) is read from
 * the table {@code unicodedata.txt} (written by {@code tools/gen-unicodedata.py}) on first use.
 * Names that the Unicode standard derives by rule (Hangul syllables, CJK and other ideographs)
 * are built here, since Java names those code points after their block instead.
 */
public final class UnicodeData {
    private UnicodeData() {}

    static final String VERSION = "16.0.0";

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("unicodedata");
        m.dict().setItem(new PyStr("unidata_version"), new PyStr(VERSION));
        def(m, ArgSpec.positional("lookup", 1, 1), a -> lookup(a[0]));
        def(m, ArgSpec.positional("name", 1, 2), a -> {
            String name = name(codePoint("name", a[0]));
            if (name != null) return new PyStr(name);
            if (a.length > 1 && a[1] != null) return a[1];
            throw Errors.valueError("no such name");
        });
        def(m, ArgSpec.positional("decimal", 1, 2), a -> numberOr(a, "decimal", 0, "not a decimal"));
        def(m, ArgSpec.positional("digit", 1, 2), a -> numberOr(a, "digit", 1, "not a digit"));
        def(m, ArgSpec.positional("numeric", 1, 2), a -> numberOr(a, "numeric", 2, "not a numeric character"));
        def(m, ArgSpec.positional("category", 1, 1), a -> new PyStr(category(codePoint("category", a[0]))));
        def(m, ArgSpec.positional("bidirectional", 1, 1), a -> new PyStr(bidirectional(codePoint("bidirectional", a[0]))));
        def(m, ArgSpec.positional("combining", 1, 1), a -> PyInt.of(Tables.get().combining(codePoint("combining", a[0]))));
        def(m, ArgSpec.positional("east_asian_width", 1, 1),
                a -> new PyStr(Tables.get().width(codePoint("east_asian_width", a[0]))));
        def(m, ArgSpec.positional("mirrored", 1, 1), a -> PyInt.of(mirrored(codePoint("mirrored", a[0])) ? 1 : 0));
        def(m, ArgSpec.positional("decomposition", 1, 1),
                a -> new PyStr(Tables.get().decompositions.getOrDefault(codePoint("decomposition", a[0]), "")));
        def(m, ArgSpec.positional("normalize", 2, 2), a -> normalize("normalize", a[0], a[1]));
        def(m, ArgSpec.positional("is_normalized", 2, 2), a -> {
            PyStr text = text("is_normalized", 2, a[1]);
            return PyBool.of(Normalizer.isNormalized(text.value(), form("is_normalized", a[0])));
        });
        return m;
    }

    private interface Body {
        Object call(Object[] args);
    }

    private static void def(PyModule m, ArgSpec spec, Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, (self, a) -> body.call(a)));
    }

    /** The code point of a one-character str argument. */
    private static int codePoint(String function, Object arg) {
        PyStr s = PyStr.asStr(arg);
        // the functions that also take a default say "argument 1", the others "argument"
        boolean takesDefault = switch (function) {
            case "name", "decimal", "digit", "numeric" -> true;
            default -> false;
        };
        String which = takesDefault ? "argument 1" : "argument";
        if (s == null) {
            throw Errors.typeError("%s() %s must be a unicode character, not %s", function, which, Abstract.typeName(arg));
        }
        if (s.length() != 1) {
            throw Errors.typeError("%s(): %s must be a unicode character, not a string of length %d", function, which,
                    s.length());
        }
        return s.codePointAt(0);
    }

    private static PyStr text(String function, int position, Object arg) {
        PyStr s = PyStr.asStr(arg);
        if (s == null) throw Errors.typeError("%s() argument %d must be str, not %s", function, position, Abstract.typeName(arg));
        return s;
    }

    // ---- names ----------------------------------------------------------------------------------

    private static final String[] JAMO_LEAD = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
            "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_VOWEL = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
            "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_TAIL = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
            "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_FIRST = 0xAC00, HANGUL_COUNT = 11172;

    /** Name prefixes of the code points whose names are the prefix and the hex code (by block). */
    private static final Map<String, String> DERIVED_BY_BLOCK = Map.of(
            "CJK UNIFIED IDEOGRAPHS", "CJK UNIFIED IDEOGRAPH-",
            "CJK COMPATIBILITY IDEOGRAPHS", "CJK COMPATIBILITY IDEOGRAPH-",
            "KHITAN SMALL SCRIPT", "KHITAN SMALL SCRIPT CHARACTER-",
            "NUSHU", "NUSHU CHARACTER-",
            "EGYPTIAN HIEROGLYPHS EXTENDED A", "EGYPTIAN HIEROGLYPH-");

    /** The character's name, or null when it has none (controls, private use, unassigned ...). */
    static String name(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.UNASSIGNED || isNonCharacter(cp)) {
            return null;
        }
        if (cp >= HANGUL_FIRST && cp < HANGUL_FIRST + HANGUL_COUNT) return hangulName(cp);
        String javaName = Character.getName(cp);
        if (javaName == null) return null;
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String hex = Integer.toHexString(cp).toUpperCase();
        if (block != null && javaName.equals(block.toString().replace('_', ' ') + " " + hex)) {
            // Java fell back to "BLOCK NAME HEX": the standard derives these names by rule
            String blockName = block.toString().replace('_', ' ');
            for (Map.Entry<String, String> rule : DERIVED_BY_BLOCK.entrySet()) {
                if (blockName.startsWith(rule.getKey())) return rule.getValue() + hex;
            }
            return null;
        }
        return javaName;
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String hangulName(int cp) {
        int index = cp - HANGUL_FIRST;
        return "HANGUL SYLLABLE " + JAMO_LEAD[index / (21 * 28)] + JAMO_VOWEL[(index % (21 * 28)) / 28]
                + JAMO_TAIL[index % 28];
    }

    private static Object lookup(Object arg) {
        String requested;
        PyStr s = PyStr.asStr(arg);
        if (s != null) {
            requested = s.value();
        } else {
            byte[] bytes = org.ember.runtime.PyBuffer.bytesOf(arg);
            if (bytes == null) throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(arg));
            requested = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        int cp = codePointOfName(requested.toUpperCase(java.util.Locale.ROOT));
        if (cp < 0) throw Errors.of(Exceptions.KeyError, "undefined character name '%s'", requested);
        return PyStr.fromCodePoints(new int[] {cp});
    }

    private static int codePointOfName(String name) {
        int dash = name.lastIndexOf('-');
        if (dash > 0) {
            try {
                int cp = Integer.parseInt(name.substring(dash + 1), 16);
                if (cp >= 0 && cp <= Character.MAX_CODE_POINT && name.equals(name(cp))) return cp;
            } catch (NumberFormatException e) {
                // not a derived name
            }
        }
        if (name.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = HANGUL_FIRST; cp < HANGUL_FIRST + HANGUL_COUNT; cp++) {
                if (hangulName(cp).equals(name)) return cp;
            }
            return -1;
        }
        try {
            int cp = Character.codePointOf(name);
            return name(cp) != null ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    // ---- properties -----------------------------------------------------------------------------

    private static final String[] CATEGORIES = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl",
            "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cn", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk",
            "So", "Pi", "Pf"};

    static String category(int cp) {
        return CATEGORIES[Character.getType(cp)];
    }

    private static final String[] BIDI_CLASSES = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B",
            "S", "WS", "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    static String bidirectional(int cp) {
        if (Character.getType(cp) == Character.UNASSIGNED) return "";
        byte d = Character.getDirectionality(cp);
        return d < 0 || d >= BIDI_CLASSES.length ? "" : BIDI_CLASSES[d];
    }

    static boolean mirrored(int cp) {
        return Character.getType(cp) != Character.UNASSIGNED && Character.isMirrored(cp);
    }

    /** decimal (0), digit (1) or numeric (2) of the character, or the default, or ValueError. */
    private static Object numberOr(Object[] args, String function, int which, String error) {
        int cp = codePoint(function, args[0]);
        String[] values = Tables.get().numbers.get(cp);
        String value = values == null ? null : values[which];
        if (value != null) return which == 2 ? new PyFloat(Double.parseDouble(value)) : PyInt.of(Long.parseLong(value));
        if (args.length > 1 && args[1] != null) return args[1];
        throw Errors.valueError(error);
    }

    private static Normalizer.Form form(String function, Object arg) {
        PyStr s = text(function, 1, arg);
        return switch (s.value()) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Errors.valueError("invalid normalization form");
        };
    }

    private static Object normalize(String function, Object formArg, Object textArg) {
        Normalizer.Form form = form(function, formArg);
        PyStr text = text(function, 2, textArg);
        if (Normalizer.isNormalized(text.value(), form)) return text;
        return new PyStr(Normalizer.normalize(text.value(), form));
    }

    // ---- the table ------------------------------------------------------------------------------

    /** The facts read from unicodedata.txt, loaded once. */
    private static final class Tables {
        final TreeMap<Integer, int[]> combiningRanges = new TreeMap<>();   // first -> {last, ccc}
        final TreeMap<Integer, Object[]> widthRanges = new TreeMap<>();    // first -> {last, width}
        final Map<Integer, String> decompositions = new HashMap<>();
        final Map<Integer, String[]> numbers = new HashMap<>();            // {decimal, digit, numeric}

        private static volatile Tables instance;

        static Tables get() {
            Tables t = instance;
            if (t == null) {
                synchronized (Tables.class) {
                    if (instance == null) instance = load();
                    t = instance;
                }
            }
            return t;
        }

        private static Tables load() {
            Tables t = new Tables();
            try (InputStream in = UnicodeData.class.getResourceAsStream("unicodedata.txt")) {
                if (in == null) throw Errors.systemError("unicodedata.txt is missing from Ember's resources");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isEmpty() && line.charAt(0) != '#') t.add(line.split(" ", 3));
                }
            } catch (IOException e) {
                throw Errors.systemError("cannot read unicodedata.txt: %s", e.getMessage());
            }
            return t;
        }

        private void add(String[] f) {
            int cp = Integer.parseInt(f[1], 16);
            switch (f[0]) {
                case "C" -> {
                    String[] rest = f[2].split(" ");
                    combiningRanges.put(cp, new int[] {Integer.parseInt(rest[0], 16), Integer.parseInt(rest[1])});
                }
                case "W" -> {
                    String[] rest = f[2].split(" ");
                    widthRanges.put(cp, new Object[] {Integer.parseInt(rest[0], 16), rest[1]});
                }
                case "D" -> decompositions.put(cp, f[2]);
                case "N" -> {
                    String[] rest = f[2].split(" ");
                    numbers.put(cp, new String[] {dash(rest[0]), dash(rest[1]), rest[2]});
                }
                default -> throw Errors.systemError("bad line in unicodedata.txt: %s", String.join(" ", f));
            }
        }

        private static String dash(String value) {
            return value.equals("-") ? null : value;
        }

        int combining(int cp) {
            Map.Entry<Integer, int[]> range = combiningRanges.floorEntry(cp);
            return range != null && cp <= range.getValue()[0] ? range.getValue()[1] : 0;
        }

        String width(int cp) {
            Map.Entry<Integer, Object[]> range = widthRanges.floorEntry(cp);
            return range != null && cp <= (Integer) range.getValue()[0] ? (String) range.getValue()[1] : "N";
        }
    }
}
