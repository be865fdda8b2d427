package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a symbol table exactly as tools/dump-symtable.py renders CPython's through the
 * {@code symtable} module, so that the committed expected dumps compare line by line.
 */
final class SymbolTableDump {
    private static final String[] FLAG_NAMES = {"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL",
            "USE", null, "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM",
            "DEF_COMP_CELL"};

    private SymbolTableDump() {}

    static String dump(SymbolTable table) {
        StringBuilder out = new StringBuilder();
        dumpBlock(table.top(), "", out);
        return out.toString();
    }

    private static void dumpBlock(Block block, String indent, StringBuilder out) {
        out.append(indent).append(block.type().pythonName()).append(' ').append(block.name())
                .append(" line=").append(block.lineno())
                .append(" optimized=").append(block.isOptimized() ? 1 : 0)
                .append(" nested=").append(block.isNested() ? 1 : 0)
                .append(" children=").append(block.children().size()).append('\n');
        Map<String, Integer> sorted = new TreeMap<>(block.symbols());
        sorted.forEach((name, flags) -> dumpSymbol(block, name, flags, indent, out));
        if (block.isOptimized()) {
            line(out, indent, "params", block.parameters());
            line(out, indent, "locals", namesWhere(sorted, f -> scope(f) == NameScope.LOCAL || scope(f) == NameScope.CELL));
            line(out, indent, "globals", namesWhere(sorted,
                    f -> scope(f) == NameScope.GLOBAL_IMPLICIT || scope(f) == NameScope.GLOBAL_EXPLICIT));
            line(out, indent, "nonlocals", namesWhere(sorted, f -> (f & SymbolFlags.DEF_NONLOCAL) != 0));
            line(out, indent, "frees", namesWhere(sorted, f -> scope(f) == NameScope.FREE));
        }
        for (Block child : block.children()) {
            dumpBlock(child, indent + "    ", out);
        }
    }

    private static NameScope scope(int flags) {
        return NameScope.ofFlags(flags);
    }

    private static List<String> namesWhere(Map<String, Integer> symbols, java.util.function.IntPredicate test) {
        List<String> names = new ArrayList<>();
        symbols.forEach((n, f) -> {
            if (test.test(f)) names.add(n);
        });
        return names;
    }

    private static void line(StringBuilder out, String indent, String label, List<String> names) {
        out.append(indent).append("  ").append(label).append(": ").append(String.join(" ", names)).append('\n');
    }

    private static void dumpSymbol(Block block, String name, int flags, String indent, StringBuilder out) {
        NameScope scope = NameScope.ofFlags(flags);
        List<String> flagNames = new ArrayList<>();
        for (int bit = 0; bit < FLAG_NAMES.length; bit++) {
            if (FLAG_NAMES[bit] != null && (flags & (1 << bit)) != 0) flagNames.add(FLAG_NAMES[bit]);
        }
        // symtable.Symbol treats every bound name of a block named "top" as global and local
        boolean moduleScope = block.name().equals("top");
        boolean bound = (flags & SymbolFlags.DEF_BOUND) != 0;
        List<String> predicates = new ArrayList<>();
        add(predicates, "referenced", (flags & SymbolFlags.USE) != 0);
        add(predicates, "assigned", (flags & SymbolFlags.DEF_LOCAL) != 0);
        add(predicates, "parameter", (flags & SymbolFlags.DEF_PARAM) != 0);
        add(predicates, "type_parameter", (flags & SymbolFlags.DEF_TYPE_PARAM) != 0);
        add(predicates, "global", scope == NameScope.GLOBAL_IMPLICIT || scope == NameScope.GLOBAL_EXPLICIT
                || (moduleScope && bound));
        add(predicates, "declared_global", scope == NameScope.GLOBAL_EXPLICIT);
        add(predicates, "local", scope == NameScope.LOCAL || scope == NameScope.CELL || (moduleScope && bound));
        add(predicates, "free", scope == NameScope.FREE);
        add(predicates, "free_class", (flags & SymbolFlags.DEF_FREE_CLASS) != 0);
        add(predicates, "nonlocal", (flags & SymbolFlags.DEF_NONLOCAL) != 0);
        add(predicates, "imported", (flags & SymbolFlags.DEF_IMPORT) != 0);
        add(predicates, "annotated", (flags & SymbolFlags.DEF_ANNOT) != 0);
        add(predicates, "comp_iter", (flags & SymbolFlags.DEF_COMP_ITER) != 0);
        add(predicates, "comp_cell", (flags & SymbolFlags.DEF_COMP_CELL) != 0);
        add(predicates, "namespace", block.children().stream().anyMatch(c -> c.name().equals(name)));
        out.append(indent).append("  ").append(name).append(": ").append(scope.name()).append(' ')
                .append(flagNames.isEmpty() ? "-" : String.join("|", flagNames))
                .append(" [").append(String.join(" ", predicates)).append("]\n");
    }

    private static void add(List<String> list, String name, boolean condition) {
        if (condition) list.add(name);
    }
}
