package org.ember.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ember.parser.Ast;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): a module, class, function,
 * lambda, comprehension, annotation scope, type-parameter scope, type alias or type variable.
 *
 * <p>The public getters are what the code generator reads. Fields are package-private and
 * mutated only by {@link SymbolTableBuilder} (first pass) and {@link ScopeAnalyzer} (second pass).
 */
public final class Block {
    final BlockType type;
    final String name;
    /** Source location of the construct that opened the block (module: all zero). */
    final Location location;
    /** The AST node the block is registered under (see {@link #node()}). */
    final Ast.Node node;
    /** Name → {@link SymbolFlags} bits (scope included after analysis), in insertion order. */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** Parameter names in definition order (CPython's {@code ste_varnames}). */
    final List<String> varnames = new ArrayList<>();
    /** Nested blocks in source order; inlined comprehensions are replaced by their own children. */
    final List<Block> children = new ArrayList<>();
    /** global/nonlocal declarations, for error positions found during analysis. */
    final Map<String, Location> directives = new LinkedHashMap<>();

    boolean nested;
    boolean generator;
    boolean coroutine;
    ComprehensionKind comprehension = ComprehensionKind.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassDict;
    boolean compInlined;
    boolean canSeeClassScope;
    boolean hasDocstring;
    boolean hasConditionalAnnotations;
    boolean annotationsUsed;
    boolean method;

    // state used only while the first pass runs
    boolean compIterTarget;
    int compIterExpr;
    boolean inConditionalBlock;
    boolean inUnevaluatedAnnotation;
    /** Names to mangle in a generic class's type-parameter block (null: mangle everything). */
    Set<String> mangledNames;
    /** Description used in errors of a type-variable block, e.g. "a TypeVar bound". */
    String scopeInfo;
    /** The block's {@code __annotate__} scope (module/class/function annotations), once created. */
    Block annotationBlock;

    Block(BlockType type, String name, Location location, Ast.Node node) {
        this.type = type;
        this.name = name;
        this.location = location;
        this.node = node;
    }

    // ---- what the code generator and the tests read ---------------------------------------------

    public BlockType type() { return type; }

    /** "top" for the module, the function/class name, "lambda", "listcomp", "__annotate__"… */
    public String name() { return name; }

    public int lineno() { return location.lineno(); }

    public Location location() { return location; }

    /**
     * The AST node the block is registered under in its {@link SymbolTable}: the Mod, def, lambda,
     * class, comprehension or TypeAlias it implements; for the implicit scopes, their owner (the
     * def/class/TypeAlias of a type-parameter block, the def of a signature annotation block, the
     * Mod/class/def whose body holds the variable annotations, the type parameter of a bound or
     * default block).
     */
    public Ast.Node node() { return node; }

    /** CPython's {@code ste_nested}: defined inside a function-like block. */
    public boolean isNested() { return nested; }

    /** Whether {@code symtable} calls it optimized: only function blocks (incl. lambdas, comprehensions). */
    public boolean isOptimized() { return type == BlockType.FUNCTION; }

    public boolean isFunctionLike() { return type.isFunctionLike(); }

    /** Contains {@code yield}/{@code yield from}, or is a generator expression. */
    public boolean isGenerator() { return generator; }

    /** Is an {@code async def}, or uses {@code await}/async comprehensions. */
    public boolean isCoroutine() { return coroutine; }

    public ComprehensionKind comprehension() { return comprehension; }

    /** PEP 709: this comprehension is compiled inline into its enclosing block. */
    public boolean isComprehensionInlined() { return compInlined; }

    public boolean hasVarargs() { return varargs; }

    public boolean hasVarkeywords() { return varkeywords; }

    public boolean returnsValue() { return returnsValue; }

    /** A class whose methods use {@code __class__} (or {@code super()}): it needs the implicit cell. */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** A class whose annotation/type-parameter scopes read its namespace through {@code __classdict__}. */
    public boolean needsClassDict() { return needsClassDict; }

    /** An annotation or type scope directly inside a class, resolving names through the class dict. */
    public boolean canSeeClassScope() { return canSeeClassScope; }

    public boolean hasDocstring() { return hasDocstring; }

    /** Module or class with annotations that may not all execute ({@code __conditional_annotations__}). */
    public boolean hasConditionalAnnotations() { return hasConditionalAnnotations; }

    public boolean annotationsUsed() { return annotationsUsed; }

    /** A function defined directly in a class body. */
    public boolean isMethod() { return method; }

    /** Some nested block, at any depth, has free variables (what CPython's old ste_child_free said). */
    public boolean hasChildFree() {
        for (Block child : children) {
            if (!child.freevars().isEmpty() || child.hasChildFree()) return true;
        }
        return false;
    }

    /** The {@code __annotate__} block of a module, class or function, or null. */
    public Block annotationBlock() { return annotationBlock; }

    public List<Block> children() { return Collections.unmodifiableList(children); }

    /** All names in insertion order, with their flags. */
    public Map<String, Integer> symbols() { return Collections.unmodifiableMap(symbols); }

    /** The flags of a (mangled) name, 0 if the block does not know it. */
    public int flags(String name) {
        return symbols.getOrDefault(name, 0);
    }

    public NameScope scope(String name) {
        return NameScope.ofFlags(flags(name));
    }

    /** Parameters in CPython's order: positional-only, positional, keyword-only, *args, **kwargs. */
    public List<String> parameters() { return Collections.unmodifiableList(varnames); }

    /**
     * The cell variables in CPython's order: names whose scope is CELL or that are cells of an
     * inlined comprehension, sorted, then the implicit class cells.
     */
    public List<String> cellvars() {
        List<String> cells = sortedNames(NameScope.CELL, SymbolFlags.DEF_COMP_CELL);
        if (needsClassClosure) cells.add("__class__");
        if (needsClassDict) cells.add("__classdict__");
        if (hasConditionalAnnotations) cells.add("__conditional_annotations__");
        return cells;
    }

    /** The free variables, sorted (CPython numbers them after the cells). */
    public List<String> freevars() {
        return sortedNames(NameScope.FREE, SymbolFlags.DEF_FREE_CLASS);
    }

    /** The symbols with {@code scope} or {@code orFlag}, sorted (a new list: most blocks have none). */
    private List<String> sortedNames(NameScope scope, int orFlag) {
        List<String> names = new ArrayList<>(0);
        for (Map.Entry<String, Integer> symbol : symbols.entrySet()) {
            int f = symbol.getValue();
            if (NameScope.ofFlags(f) == scope || (f & orFlag) != 0) names.add(symbol.getKey());
        }
        if (names.size() > 1) Collections.sort(names);
        return names;
    }

    /**
     * CPython's {@code _Py_MaybeMangle}: the name under which {@code name} is stored in this
     * block, {@code privateName} being the innermost enclosing class name (or null). In the
     * type-parameter block of a generic class (and blocks inside it) only the type parameters
     * are mangled.
     */
    public String mangle(String privateName, String name) {
        if (mangledNames != null && !mangledNames.contains(name)) {
            return name;
        }
        return Mangling.mangle(privateName, name);
    }

    /**
     * How the code generator accesses {@code mangledName} here (CPython's {@code compiler_nameop}
     * scope switch). Names unknown to the block (scope 0) use NAME.
     */
    public NameOp nameOp(String mangledName) {
        return switch (scope(mangledName)) {
            case FREE, CELL -> NameOp.DEREF;
            case LOCAL -> isFunctionLike() ? NameOp.FAST : NameOp.NAME;
            case GLOBAL_IMPLICIT -> isFunctionLike() ? NameOp.GLOBAL : NameOp.NAME;
            case GLOBAL_EXPLICIT -> NameOp.GLOBAL;
            case NONE -> NameOp.NAME;
        };
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + location.lineno() + ">";
    }
}
