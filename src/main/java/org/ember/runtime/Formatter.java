package org.ember.runtime;

/** {@code str.format} and {@code str.format_map}: replacement fields, conversions and nested specs. */
public final class Formatter {

    private final Object[] positional;
    private final Object keywords;        // a mapping looked up with getitem, or null
    /** Auto-numbering state: 0 = undecided, 1 = automatic, 2 = manual. */
    private int numbering;
    private int nextAuto;

    private Formatter(Object[] positional, Object keywords) {
        this.positional = positional;
        this.keywords = keywords;
    }

    public static PyStr format(String template, Object[] positional, Object keywords) {
        return new PyStr(new Formatter(positional, keywords).render(template, 2));
    }

    /** {@code str.format_map}: keyword fields only; a positional field is a ValueError. */
    public static PyStr formatMap(String template, Object mapping) {
        return new PyStr(new Formatter(null, mapping).render(template, 2));
    }

    private String render(String template, int depthLeft) {
        if (depthLeft <= 0) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int i = 0, n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < n && template.charAt(i + 1) == '}') { out.append('}'); i += 2; continue; }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') { out.append(c); i++; continue; }
            if (i + 1 < n && template.charAt(i + 1) == '{') { out.append('{'); i += 2; continue; }
            int end = fieldEnd(template, i + 1);
            out.append(replacement(template.substring(i + 1, end), depthLeft));
            i = end + 1;
        }
        return out.toString();
    }

    /** Index of the '}' closing a field that starts at from; brackets in the field name are skipped over. */
    private static int fieldEnd(String t, int from) {
        int depth = 1;
        boolean inBracket = false, inName = true;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (inBracket) { if (c == ']') inBracket = false; continue; }
            if (inName && c == '!') {
                i++;                      // the conversion character, whatever it is (even '}')
                inName = false;
            } else if (inName && c == ':') {
                inName = false;
            } else if (inName && c == '[') {
                inBracket = true;
            } else if (inName && c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        if (from == t.length()) throw Errors.valueError("Single '{' encountered in format string");
        if (inName) throw Errors.valueError("expected '}' before end of string");
        throw Errors.valueError("unmatched '{' in format spec");
    }

    private String replacement(String field, int depthLeft) {
        int nameEnd = nameEnd(field);
        String name = field.substring(0, nameEnd);
        char conversion = 0;
        int i = nameEnd;
        if (i < field.length() && field.charAt(i) == '!') {
            if (i + 1 >= field.length()) throw Errors.valueError("end of string while looking for conversion specifier");
            conversion = field.charAt(i + 1);
            i += 2;
            if (i < field.length() && field.charAt(i) != ':') throw Errors.valueError("expected ':' after conversion specifier");
        }
        String spec = i < field.length() ? field.substring(i + 1) : "";
        Object value = convert(lookup(name), conversion);
        String expandedSpec = spec.indexOf('{') >= 0 ? render(spec, depthLeft - 1) : spec;
        return Abstract.format(value, new PyStr(expandedSpec)).value();
    }

    private static int nameEnd(String field) {
        boolean inBracket = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (inBracket) { if (c == ']') inBracket = false; continue; }
            if (c == '[') inBracket = true;
            else if (c == '!' || c == ':') return i;
        }
        return field.length();
    }

    private static Object convert(Object value, char conversion) {
        return switch (conversion) {
            case 0 -> value;
            case 'r' -> Abstract.repr(value);
            case 's' -> Abstract.str(value);
            case 'a' -> new PyStr(PercentFormat.asciiEscape(Abstract.repr(value).value()));
            default -> throw Errors.valueError("Unknown conversion specifier %s", Character.toString(conversion));
        };
    }

    // ---- field names: first part, then .attr and [key] accessors ----

    private Object lookup(String name) {
        int firstEnd = 0;
        while (firstEnd < name.length() && name.charAt(firstEnd) != '.' && name.charAt(firstEnd) != '[') firstEnd++;
        Object value = firstObject(name.substring(0, firstEnd));
        int i = firstEnd;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') end++;
                if (end == i + 1) throw Errors.valueError("Empty attribute in format string");
                value = Abstract.getAttr(value, name.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int close = name.indexOf(']', i);
                if (close < 0) throw Errors.valueError("Missing ']' in format string");
                if (close == i + 1) throw Errors.valueError("Empty attribute in format string");
                value = Abstract.getItem(value, keyObject(name.substring(i + 1, close)));
                i = close + 1;
                if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static Object keyObject(String key) {
        long index = decimalOrMinus(key);
        return index >= 0 ? PyInt.of(index) : new PyStr(key);
    }

    /** The value of an all-ASCII-digit string, or -1 if it is not one. */
    private static long decimalOrMinus(String s) {
        if (s.isEmpty()) return -1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return -1;
        if (s.length() > 18) throw Errors.valueError("Too many decimal digits in format string");
        return Long.parseLong(s);
    }

    private Object firstObject(String first) {
        if (first.isEmpty()) {
            if (numbering == 2) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            return positionalArg(nextAuto++);
        }
        long index = decimalOrMinus(first);
        if (index < 0) {
            if (keywords == null) throw Errors.keyError(new PyStr(first));
            return Abstract.getItem(keywords, new PyStr(first));
        }
        if (numbering == 1) {
            throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
        }
        numbering = 2;
        return positionalArg(index);
    }

    private Object positionalArg(long index) {
        if (positional == null) throw Errors.valueError("Format string contains positional fields");
        if (index >= positional.length) {
            throw Errors.indexError("Replacement index %d out of range for positional args tuple", index);
        }
        return positional[(int) index];
    }
}
