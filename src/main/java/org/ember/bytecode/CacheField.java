package org.ember.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * One named field of an instruction's inline cache: {@code size} code units at {@code offset},
 * where offset 0 is the first cache unit (the unit right after the instruction). A 16-bit counter is one unit; a 32-bit version two; CPython's 64-bit pointer fields are
 * four units, which Ember uses for indices into the code copy's parallel {@code Object[]}.
 */
public record CacheField(String name, int offset, int size) {

    /** Parses {@code "counter, version[2], keys_version[2], descr[4]"} into consecutive fields. */
    static List<CacheField> parseLayout(String layout) {
        List<CacheField> fields = new ArrayList<>();
        int offset = 0;
        for (String part : layout.split(",", -1)) {
            String item = part.strip();
            int size = 1;
            int bracket = item.indexOf('[');
            if (bracket >= 0) {
                if (!item.endsWith("]")) throw new IllegalArgumentException("bad cache field '" + item + "' in: " + layout);
                try {
                    size = Integer.parseInt(item.substring(bracket + 1, item.length() - 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad cache field size '" + item + "' in: " + layout);
                }
                item = item.substring(0, bracket).strip();
            }
            if (item.isEmpty() || size <= 0 || !item.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                throw new IllegalArgumentException("bad cache field '" + part.strip() + "' in: " + layout);
            }
            fields.add(new CacheField(item, offset, size));
            offset += size;
        }
        return List.copyOf(fields);
    }
}
