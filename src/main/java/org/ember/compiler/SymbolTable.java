package org.ember.compiler;

import org.ember.util.LargeStack;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.ember.parser.Ast;
import org.ember.parser.ParseError;

/**
 * The symbol table of one compilation unit, CPython 3.14's {@code symtable} semantics exactly:
 * every block (module, class, function, lambda, comprehension, annotation and type scopes) with
 * the scope of each of its names.
 *
 * <p>Built in two passes: {@link SymbolTableBuilder} walks the AST and records how each name is
 * used; {@link ScopeAnalyzer} then resolves scopes. Errors are {@link ParseError}s of kind
 * SyntaxError with CPython's message and position (AST column + 1, as CPython reports them from
 * the symbol table, and no source text).
 *
 * <p>The code generator finds blocks by the AST node that creates them: {@link #blockFor} for the
 * body of a module, function, lambda, class, comprehension or type alias value, and the other
 * lookups for the implicit scopes CPython creates around them.
 */
public final class SymbolTable {

    /** Which of the blocks attached to one AST node is meant. */
    enum Role {
        /** The node's own block: Mod, FunctionDef, AsyncFunctionDef, Lambda, ClassDef, comprehension, TypeAlias. */
        BODY,
        /** The PEP 695 block around a generic FunctionDef/ClassDef/TypeAlias. */
        TYPE_PARAMS,
        /** The {@code __annotate__} block of a function's parameter and return annotations. */
        SIGNATURE_ANNOTATIONS,
        /** The {@code __annotate__} block of the variable annotations in a module/class/function body. */
        ANNOTATIONS,
        /** The lazily evaluated bound (or constraints) of a TypeVar. */
        TYPE_VAR_BOUND,
        /** The lazily evaluated default of a TypeVar, TypeVarTuple or ParamSpec. */
        TYPE_VAR_DEFAULT
    }

    private final Map<Role, Map<Ast.Node, Block>> blocks = new EnumMap<>(Role.class);
    private final FutureFeatures future;
    private Block top;

    private SymbolTable(FutureFeatures future) {
        this.future = future;
        for (Role role : Role.values()) {
            blocks.put(role, new IdentityHashMap<>());
        }
    }

    /**
     * Builds the symbol table of a parsed module (Module, Interactive or Expression).
     *
     * @throws ParseError a SyntaxError CPython's symbol table (or future-import check) reports
     * @throws CompilerRecursionError when the tree nests too deeply
     */
    public static SymbolTable build(Ast.Mod module, String filename) {
        return build(module, filename, Options.DEFAULT);
    }

    /** Compiler flags that change the symbol table, as compile() passes them. */
    public record Options(
            /** CO_FUTURE_ANNOTATIONS: as if the module began with "from __future__ import annotations". */
            boolean futureAnnotations,
            /** PyCF_ALLOW_TOP_LEVEL_AWAIT: await and async constructs allowed at module level. */
            boolean allowTopLevelAwait,
            /**
             * The CO_FUTURE_* bits compile() was given or inherited from its caller (CPython's
             * PyCF_MASK part of cf_flags): every code object of the unit carries them in co_flags.
             */
            int futureFlags) {
        public static final Options DEFAULT = new Options(false, false, 0);

        public Options(boolean futureAnnotations, boolean allowTopLevelAwait) {
            this(futureAnnotations, allowTopLevelAwait, 0);
        }
    }

    /** As {@link #build(Ast.Mod, String)}, with compile() flags. */
    public static SymbolTable build(Ast.Mod module, String filename, Options options) {
        try {
            return buildHere(module, filename, options);
        } catch (StackOverflowError e) {
            // the caller's stack is too small for this tree: the depth is bounded, so retry on
            // a thread with a stack sized for the deepest tree the builder accepts
            return buildOnLargeStack(module, filename, options);
        }
    }

    private static SymbolTable buildHere(Ast.Mod module, String filename, Options options) {
        FutureFeatures future = FutureFeatures.of(module, filename, options.futureAnnotations(), options.futureFlags());
        SymbolTable table = new SymbolTable(future);
        table.top = new SymbolTableBuilder(filename, future, options.allowTopLevelAwait(), table).visitModule(module);
        new ScopeAnalyzer(filename).analyze(table.top);
        return table;
    }

    private static SymbolTable buildOnLargeStack(Ast.Mod module, String filename, Options options) {
        return LargeStack.call("ember-symtable", () -> buildHere(module, filename, options), CompilerRecursionError::new);
    }

    void register(Role role, Ast.Node key, Block block) {
        blocks.get(role).put(key, block);
    }

    /** The module block ("top"). */
    public Block top() { return top; }

    public FutureFeatures future() { return future; }

    /**
     * The block a node opens: a Mod, FunctionDef, AsyncFunctionDef, Lambda, ClassDef,
     * ListComp/SetComp/DictComp/GeneratorExp (inlined ones included), or the value scope of a
     * TypeAlias. Null for other nodes.
     */
    public Block blockFor(Ast.Node node) {
        return blocks.get(Role.BODY).get(node);
    }

    /** The type-parameter block of a generic FunctionDef, AsyncFunctionDef, ClassDef or TypeAlias, or null. */
    public Block typeParamsBlockFor(Ast.Stmt genericDefinition) {
        return blocks.get(Role.TYPE_PARAMS).get(genericDefinition);
    }

    /** The {@code __annotate__} block of a function's parameter/return annotations (every def has one). */
    public Block signatureAnnotationsBlockFor(Ast.Stmt functionDef) {
        return blocks.get(Role.SIGNATURE_ANNOTATIONS).get(functionDef);
    }

    /** The {@code __annotate__} block of the variable annotations in the body of a Mod, ClassDef or def, or null. */
    public Block annotationsBlockFor(Ast.Node owner) {
        return blocks.get(Role.ANNOTATIONS).get(owner);
    }

    /** The block evaluating a TypeVar's bound or constraints, or null. */
    public Block boundBlockFor(Ast.TypeParam typeParam) {
        return blocks.get(Role.TYPE_VAR_BOUND).get(typeParam);
    }

    /** The block evaluating a type parameter's default, or null. */
    public Block defaultBlockFor(Ast.TypeParam typeParam) {
        return blocks.get(Role.TYPE_VAR_DEFAULT).get(typeParam);
    }
}
